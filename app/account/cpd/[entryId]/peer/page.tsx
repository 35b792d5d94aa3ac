import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PeerConfirmationForm } from "@/components/cpd/peer-confirmation-form";
import { PeerConfirmationStatus } from "@/components/cpd/peer-confirmation-status";
import { PeerDiscussionSummary } from "@/components/cpd/peer-discussion-summary";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { getPeerConfirmationPage } from "@/lib/cpd/peer/get-peer-confirmation-page";
import { prisma } from "@/lib/db";

type Props = { params: Promise<{ entryId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.peer");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Asking the colleague a peer discussion was with to confirm it: what they will see, the request's state, and the form. */
export default async function PeerConfirmationRequestPage({ params, searchParams }: Props) {
  const { entryId } = await params;
  const user = await requireUser(`/account/cpd/${encodeURIComponent(entryId)}/peer`);
  const t = await getTranslations("cpd.peer");
  const entry = await getPeerConfirmationPage(prisma, user, entryId);
  if (!entry) {
    return (
      <>
        <PageHeading title={t("notFoundHeading")} lead={<p>{t("notFound")}</p>} />
        <p>
          <Link href="/account/cpd">{(await getTranslations("cpd.record"))("back")}</Link>
        </p>
      </>
    );
  }
  const editHref = entry.registrationId ? `/account/cpd/sessions/${entry.registrationId}` : `/account/cpd/${entry.id}/edit`;
  const sent = (await searchParams).notice === "sent" && entry.confirmation?.state === "PENDING";
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("lead", { title: entry.title })}</p>} />
      {sent && entry.confirmation?.colleagueEmail ? <SuccessNotice message={t("sent", { email: entry.confirmation.colleagueEmail })} /> : null}
      {entry.confirmation ? (
        <section aria-labelledby="status-heading" className="mb-8">
          <h2 id="status-heading" className="mb-2 text-2xl">
            {t("statusHeading")}
          </h2>
          <PeerConfirmationStatus confirmation={entry.confirmation} />
        </section>
      ) : null}
      {entry.canAsk ? (
        <>
          <section aria-labelledby="preview-heading" className="mb-8 max-w-prose">
            <h2 id="preview-heading" className="mb-2 text-2xl">
              {t("whatTheySee")}
            </h2>
            <p className="mb-3">{t("whatTheySeeIntro")}</p>
            <PeerDiscussionSummary title={entry.title} activityDate={entry.activityDate} note={entry.peerNotes} />
          </section>
          {entry.confirmation ? <p className="mb-4 max-w-prose">{t("replaceWarning")}</p> : null}
          <PeerConfirmationForm entryId={entry.id} language={entry.language} again={Boolean(entry.confirmation)} />
        </>
      ) : (
        <p className="mb-4 max-w-prose">
          {t("notRecorded")} <Link href={editHref}>{t("editEntry")}</Link>
        </p>
      )}
      <p className="mt-8">
        <Link href="/account/cpd">{(await getTranslations("cpd.record"))("back")}</Link>
      </p>
    </>
  );
}
