import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FeedbackCharts } from "@/components/admin/feedback/feedback-charts";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { formatMoment } from "@/lib/admin/registrations/format-times";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { getWeekFeedbackReport } from "@/lib/feedback/get-feedback-report";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDateRange } from "@/lib/programme/event-time";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.feedback"))("weekTitle") };
}

/** The week's feedback: every session's answers and averages, and the week's scales as a whole. */
export default async function WeekFeedbackPage({ params }: Props) {
  const { eventId } = await params;
  const organiser = await requireOrganiser(`/admin/events/${encodeURIComponent(eventId)}/feedback`);
  const report = await getWeekFeedbackReport(prisma, organiser, eventId);
  if (!report) notFound();
  const t = await getTranslations("admin.feedback");
  const dates = dateLocale(await getLocale());
  const { event } = report;
  const average = (value: number | null) => (value === null ? t("none") : value.toFixed(1));
  return (
    <>
      <PageHeading caption={`${t("weekTitle")} · ${formatDateRange(event.startDate, event.endDate, dates)}`} title={event.title} />
      <p className="mb-4">
        <Link href={`/admin/events/${encodeURIComponent(event.id)}`}>{t("backToWeek")}</Link>
      </p>
      <p className="mb-6 max-w-prose">{t("weekIntro")}</p>
      <FeedbackCharts summary={report.summary} attended={report.attended} idPrefix="week" />
      <TableRegion label={t("sessionsCaption")}>
        <table className="data-table mb-8">
          <caption className="mb-2 text-left font-bold">{t("sessionsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("session")}</th>
              <th scope="col" className="numeric">
                {t("attended")}
              </th>
              <th scope="col" className="numeric">
                {t("answersColumn")}
              </th>
              <th scope="col" className="numeric">
                {t("relevanceColumn")}
              </th>
              <th scope="col" className="numeric">
                {t("qualityColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row" className="font-normal">
                  <Link href={`/admin/sessions/${encodeURIComponent(session.id)}/feedback`}>{session.title}</Link>
                  <span className="block text-sm text-muted">{formatMoment(session.startsAt, event.timeZone, dates)}</span>
                </th>
                <td className="numeric">{session.attended}</td>
                <td className="numeric">{session.summary.answers}</td>
                <td className="numeric">{average(session.summary.relevance.average)}</td>
                <td className="numeric">{average(session.summary.quality.average)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
