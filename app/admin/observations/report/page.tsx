import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { chooseObservationWeek } from "@/lib/observations/choose-week";
import { listObservationReport } from "@/lib/observations/list-observations";
import { formatLongDate, formatTimeRange } from "@/lib/programme/event-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observations.admin.reportPage"))("title") };
}

/** Every observation of a week with what its observer wrote: the quality-assurance report's table (organisers only). */
export default async function ObservationReportPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/observations/report");
  const t = await getTranslations("observations.admin");
  const tActivity = await getTranslations("observations.activityLabels");
  const { event } = await chooseObservationWeek(prisma, (await searchParams).event);
  const dates = dateLocale(await getLocale());
  const rows = event ? await listObservationReport(prisma, organiser, event.id) : [];
  const notYet = <span className="text-muted">{t("reportPage.notYet")}</span>;
  return (
    <>
      <nav aria-label={t("back")} className="mb-4">
        <Link href={`/admin/observations${event ? `?event=${encodeURIComponent(event.slug)}` : ""}`}>{t("back")}</Link>
      </nav>
      <PageHeading title={t("reportPage.title")} caption={event?.title} lead={<p className="max-w-prose">{t("reportPage.intro")}</p>} />
      {event ? (
        <p className="mb-6">
          <PlainLink href={`/admin/observations/report.csv?event=${encodeURIComponent(event.slug)}`} download>
            {t("reportCsv")}
          </PlainLink>
        </p>
      ) : null}
      {rows.length === 0 || !event ? (
        <p>{t("reportPage.none")}</p>
      ) : (
        <TableRegion label={t("reportPage.region")}>
          <table className="data-table">
            <caption className="sr-only">{t("reportPage.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("reportPage.when")}</th>
                <th scope="col">{t("reportPage.team")}</th>
                <th scope="col">{t("reportPage.observer")}</th>
                <th scope="col">{t("reportPage.host")}</th>
                <th scope="col">{t("reportPage.workingWell")}</th>
                <th scope="col">{t("reportPage.couldBeBetter")}</th>
                <th scope="col">{t("reportPage.themes")}</th>
                <th scope="col">{t("reportPage.followUp")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="min-w-40">
                    {formatLongDate(row.slot.startsAt, event.timeZone, dates)}, {formatTimeRange(row.slot.startsAt, row.slot.endsAt, event.timeZone, dates)}
                  </td>
                  <td className="min-w-48">
                    {row.slot.opportunity.team}
                    <span className="block text-sm">{tActivity(row.slot.opportunity.activity)}</span>
                  </td>
                  <th scope="row">
                    {row.user.name}
                    <span className="block text-sm font-normal [overflow-wrap:anywhere]">{row.user.email}</span>
                  </th>
                  <td>{row.slot.opportunity.hostName}</td>
                  <td className="min-w-56 whitespace-pre-line">{row.workingWell ?? notYet}</td>
                  <td className="min-w-56 whitespace-pre-line">{row.couldBeBetter ?? notYet}</td>
                  <td className="min-w-48 whitespace-pre-line">{row.themes ?? ""}</td>
                  <td className="min-w-48 whitespace-pre-line">{row.followUp ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
