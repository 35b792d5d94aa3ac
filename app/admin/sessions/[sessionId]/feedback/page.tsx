import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FeedbackCharts } from "@/components/admin/feedback/feedback-charts";
import { WrittenAnswers } from "@/components/admin/feedback/written-answers";
import { SessionAdminLinks } from "@/components/admin/registrations/session-admin-links";
import { ContentText } from "@/components/content-text";
import { PageHeading } from "@/components/page-heading";
import { sessionWhen } from "@/lib/admin/registrations/format-times";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { getSessionFeedbackReport } from "@/lib/feedback/get-feedback-report";
import { dateLocale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ sessionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.feedback"))("title") };
}

/** A session's feedback: answers against attendance, both scales as charts with tables, the written answers from 3 answers up, and a CSV. */
export default async function SessionFeedbackPage({ params }: Props) {
  const { sessionId } = await params;
  const organiser = await requireOrganiser(`/admin/sessions/${encodeURIComponent(sessionId)}/feedback`);
  const report = await getSessionFeedbackReport(prisma, organiser, sessionId);
  if (!report) notFound();
  const t = await getTranslations("admin.feedback");
  const dates = dateLocale(await getLocale());
  const { session } = report;
  return (
    <>
      <PageHeading
        caption={`${t("title")} · ${session.event.title}`}
        title={<ContentText en={session.title} cy={session.titleCy} />}
        lead={<p>{t("when", sessionWhen(session, session.event.timeZone, dates))}</p>}
      />
      <SessionAdminLinks sessionId={session.id} eventId={session.event.id} current="feedback" />
      <p className="mb-6 max-w-prose">{t("intro")}</p>
      <FeedbackCharts summary={report.summary} attended={report.attended} idPrefix="session" />
      <WrittenAnswers summary={report.summary} timeZone={session.event.timeZone} />
      <p>
        {/* A plain link: the CSV is a download. */}
        <a href={`/admin/sessions/${encodeURIComponent(session.id)}/feedback.csv`} download>
          {t("csvLink")}
        </a>
      </p>
    </>
  );
}
