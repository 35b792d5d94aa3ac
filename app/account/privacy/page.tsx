import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.account");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function YourDataPage() {
  await requireUser("/account/privacy");
  const t = await getTranslations("privacy.account");
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("lead")}</p>} />
      <div className="max-w-prose">
        <section aria-labelledby="download-heading" className="mb-10">
          <h2 id="download-heading" className="mb-3 text-2xl">
            {t("downloadHeading")}
          </h2>
          <p className="mb-3">{t("downloadText")}</p>
          <p className="mb-4">{t("downloadLeftOut")}</p>
          <p>
            <PlainLink href="/account/privacy/my-data.json" download className="button">
              {t("download")}
            </PlainLink>
          </p>
        </section>
        <section aria-labelledby="correct-heading" className="mb-10">
          <h2 id="correct-heading" className="mb-3 text-2xl">
            {t("correctHeading")}
          </h2>
          <p className="mb-3">{t("correctText")}</p>
          <p>
            <Link href="/account/details">{t("correct")}</Link>
          </p>
        </section>
        <section aria-labelledby="cpd-heading" className="mb-10">
          <h2 id="cpd-heading" className="mb-3 text-2xl">
            {t("cpdHeading")}
          </h2>
          <p className="mb-3">{t("cpdText")}</p>
          <p>
            <Link href="/account/cpd">{t("cpd")}</Link>
          </p>
        </section>
        <section aria-labelledby="delete-heading" className="mb-10 border-l-4 border-danger bg-panel p-4">
          <h2 id="delete-heading" className="mb-3 text-2xl">
            {t("deleteHeading")}
          </h2>
          <p className="mb-3">{t("deleteText")}</p>
          <p>
            <Link href="/account/privacy/delete">{t("delete")}</Link>
          </p>
        </section>
        <p>
          <Link href="/privacy">{t("notice")}</Link>
        </p>
      </div>
    </>
  );
}
