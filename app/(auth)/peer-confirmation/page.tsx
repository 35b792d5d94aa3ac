import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PeerAnswerForm } from "@/components/cpd/peer-answer-form";
import { InvalidLink } from "@/components/invalid-link";
import { PageHeading } from "@/components/page-heading";
import { findPeerConfirmationRequest } from "@/lib/cpd/peer/answer-peer-confirmation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDayHeading } from "@/lib/programme/event-time";

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
  const tPeer = await getTranslations("cpd.peer");
  const dates = dateLocale(await getLocale());
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("lead", { colleague: request.colleagueName, askedBy: request.askedBy })}</p>} />
      <dl className="mb-8 max-w-prose space-y-2 border-l-4 border-line pl-3">
        <div>
          <dt className="font-bold">{tPeer("title")}</dt>
          <dd>{request.title}</dd>
        </div>
        <div>
          <dt className="font-bold">{tPeer("date")}</dt>
          <dd>{formatDayHeading(request.activityDate.toISOString().slice(0, 10), dates)}</dd>
        </div>
        <div>
          <dt className="font-bold">{tPeer("note")}</dt>
          <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{request.note}</dd>
        </div>
      </dl>
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
