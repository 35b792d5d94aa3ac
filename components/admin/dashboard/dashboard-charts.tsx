import { useLocale, useTranslations } from "next-intl";
import { ChartTable } from "@/components/admin/charts/chart-table";
import { barFractions, HorizontalBarChart } from "@/components/admin/charts/horizontal-bar-chart";
import { Link } from "@/components/locale-link";
import type { DashboardFigures, SessionFigures } from "@/lib/admin/dashboard/aggregate-dashboard";
import { dateLocale } from "@/lib/i18n/locales";
import { formatClock, formatShortDay, localDayKey } from "@/lib/programme/event-time";
import { formatPercent } from "./format-figures";

type Props = { figures: DashboardFigures; timeZone: string };

function sessionLink(session: SessionFigures) {
  return <Link href={`/admin/sessions/${session.id}/registrations`}>{session.title}</Link>;
}

/** The charts of the week, each with its numbers as a table. */
export function DashboardCharts({ figures, timeZone }: Props) {
  const t = useTranslations("admin.dashboard");
  const dates = dateLocale(useLocale());
  const starts = (session: SessionFigures) =>
    `${formatShortDay(localDayKey(session.startsAt, timeZone), dates)} ${formatClock(session.startsAt, timeZone, dates)}`;
  const count = (value: number) => value.toLocaleString("en-GB");

  const countChart = (
    id: "byDay" | "byTheme" | "byAudience",
    rows: { key: string; label: string; count: number; colour?: string | null }[],
    firstColumn: string,
    description: string,
  ) => {
    const fractions = barFractions(rows.map((row) => row.count));
    return (
      <HorizontalBarChart
        id={id}
        title={t(`${id}.title`)}
        description={description}
        chartKind={t("chartKind")}
        emptyText={t(`${id}.empty`)}
        tableLabel={t("showTable")}
        rows={rows.map((row, index) => ({ key: row.key, label: row.label, valueText: count(row.count), fraction: fractions[index] ?? 0, colour: row.colour }))}
        table={
          <ChartTable
            caption={t(`${id}.title`)}
            regionLabel={t("tableRegion", { title: t(`${id}.title`) })}
            columns={[{ header: firstColumn }, { header: t(`${id}.places`), numeric: true }]}
            rows={rows.map((row) => ({ key: row.key, cells: [row.label, count(row.count)] }))}
          />
        }
      />
    );
  };

  const waitingFractions = barFractions(figures.waitingLists.map((session) => session.waitlisted));

  return (
    <>
      <section aria-labelledby="registrations-heading" className="mb-4">
        <h2 id="registrations-heading" className="mb-6 text-2xl">
          {t("registrationsHeading")}
        </h2>
        {countChart("byDay", figures.byDay, t("byDay.day"), t("byDay.description", { timeZone }))}
        {countChart("byTheme", figures.byTheme, t("byTheme.theme"), t("byTheme.description"))}
        {countChart("byAudience", figures.byAudience, t("byAudience.audience"), t("byAudience.description"))}
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-6 text-2xl">
          {t("sessionsHeading")}
        </h2>
        <HorizontalBarChart
          id="fillRate"
          title={t("fillRate.title")}
          description={t("fillRate.description")}
          chartKind={t("chartKind")}
          emptyText={t("fillRate.empty")}
          tableLabel={t("showTableWithLinks")}
          rows={figures.sessions.map((session) => ({
            key: session.id,
            label: session.title,
            fraction: session.fillRate,
            valueText:
              session.fillRate === null || session.capacity === null
                ? t("fillRate.unlimited", { confirmed: session.confirmed })
                : t("fillRate.value", { confirmed: session.confirmed, capacity: session.capacity, rate: formatPercent(session.fillRate) }),
          }))}
          table={
            <ChartTable
              caption={t("fillRate.title")}
              regionLabel={t("tableRegion", { title: t("fillRate.title") })}
              columns={[
                { header: t("fillRate.session") },
                { header: t("fillRate.starts") },
                { header: t("fillRate.confirmed"), numeric: true },
                { header: t("fillRate.capacity"), numeric: true },
                { header: t("fillRate.rate"), numeric: true },
              ]}
              rows={figures.sessions.map((session) => ({
                key: session.id,
                cells: [
                  sessionLink(session),
                  starts(session),
                  count(session.confirmed),
                  session.capacity === null ? t("fillRate.unlimitedPlaces") : count(session.capacity),
                  session.fillRate === null ? t("fillRate.notApplicable") : formatPercent(session.fillRate),
                ],
              }))}
            />
          }
        />
        <HorizontalBarChart
          id="waitingLists"
          title={t("waitingLists.title")}
          description={t("waitingLists.description")}
          chartKind={t("chartKind")}
          emptyText={t("waitingLists.empty")}
          tableLabel={t("showTableWithLinks")}
          rows={figures.waitingLists.map((session, index) => ({
            key: session.id,
            label: session.title,
            fraction: waitingFractions[index] ?? 0,
            valueText: t("waitingLists.value", { count: session.waitlisted }),
          }))}
          table={
            <ChartTable
              caption={t("waitingLists.title")}
              regionLabel={t("tableRegion", { title: t("waitingLists.title") })}
              columns={[
                { header: t("waitingLists.session") },
                { header: t("waitingLists.starts") },
                { header: t("waitingLists.waiting"), numeric: true },
                { header: t("waitingLists.confirmed"), numeric: true },
              ]}
              rows={figures.waitingLists.map((session) => ({
                key: session.id,
                cells: [sessionLink(session), starts(session), count(session.waitlisted), count(session.confirmed)],
              }))}
            />
          }
        />
      </section>
    </>
  );
}
