import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { DeleteAccountForm } from "@/components/privacy/delete-account-form";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { getAccountClosureSummary } from "@/lib/privacy/get-account-closure-summary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.delete");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function DeleteAccountPage() {
  const user = await requireUser("/account/privacy/delete");
  const t = await getTranslations("privacy.delete");
  const [summary, messages] = await Promise.all([
    getAccountClosureSummary(prisma, user.id),
    getMessages() as Promise<{ account: unknown; privacy: { delete: unknown } }>,
  ]);
  const consequences = [
    t("places", { count: summary.futurePlaces }),
    t("waiting", { count: summary.waitingPlaces }),
    t("past", { count: summary.pastRegistrations }),
    t("cpd", { count: summary.cpdEntries }),
    t("certificates", { count: summary.certificates }),
    t("details"),
    t("audit"),
    summary.isOrganiser ? t("organiserAudit") : "",
    t("emails"),
  ].filter(Boolean);

  return (
    <>
      <PageHeading
        title={t("heading")}
        lead={
          <p>
            {t("lead")}{" "}
            <PlainLink href="/account/privacy/my-data.json" download>
              {t("download")}
            </PlainLink>
          </p>
        }
      />
      <section aria-labelledby="what-happens-heading" className="mb-10 max-w-prose">
        <h2 id="what-happens-heading" className="mb-3 text-2xl">
          {t("whatHappensHeading")}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {consequences.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {summary.isLastOrganiser ? (
        <section aria-labelledby="last-organiser-heading" className="mb-10 max-w-prose border-l-4 border-danger bg-panel p-4">
          <h2 id="last-organiser-heading" className="mb-3 text-2xl">
            {t("lastOrganiserHeading")}
          </h2>
          <p className="mb-3">{t("lastOrganiser")}</p>
          <p>
            <Link href="/admin/organisers">{t("lastOrganiserLink")}</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="confirm-heading" className="mb-10">
          <h2 id="confirm-heading" className="mb-4 text-2xl">
            {t("formHeading")}
          </h2>
          {/* The form's own words, with the shared form messages it also uses: no other page carries them. */}
          <NextIntlClientProvider messages={{ account: messages.account, privacy: { delete: messages.privacy.delete } }}>
            <DeleteAccountForm hasCertificates={summary.certificates > 0} />
          </NextIntlClientProvider>
        </section>
      )}
      <p>
        <Link href="/account/privacy">{t("cancel")}</Link>
      </p>
    </>
  );
}
