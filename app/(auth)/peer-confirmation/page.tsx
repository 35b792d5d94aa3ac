import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PeerAnswerForm } from "@/components/cpd/peer-answer-form";
import { PeerDiscussionSummary } from "@/components/cpd/peer-discussion-summary";
import { InvalidLink } from "@/components/invalid-link";
import { PageHeading } from "@/components/page-heading";
import { findPeerConfirmationRequest } from "@/lib/cpd/peer/answer-peer-confirmation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.peer.answer");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Opened from the email a colleague was sent. It shows only who asks, the
 * entry's title and day, and the note of the discussion; opening it changes
 * nothing, the buttons answer.
 */
export default async function PeerConfirmationPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("cpd.peer.answer");
  const request = typeof token === "string" ? await findPeerConfirmationRequest(prisma, env().NEXTAUTH_SECRET, token) : null;
  if (!request || typeof token !== "string") return <InvalidLink heading={t("invalidHeading")} text={t("invalid")} links={[]} />;
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("lead", { colleague: request.colleagueName, askedBy: request.askedBy })}</p>} />
      <div className="mb-8 max-w-prose">
        <PeerDiscussionSummary title={request.title} activityDate={request.activityDate} note={request.note} />
      </div>
      <PeerAnswerForm
        token={token}
        words={{
          hint: t("hint", { askedBy: request.askedBy }),
          confirm: t("confirm"),
          decline: t("decline"),
          confirmedHeading: t("confirmedHeading"),
          declinedHeading: t("declinedHeading"),
          answered: t("answered", { askedBy: request.askedBy }),
        }}
      />
    </>
  );
}
