import { getTranslations } from "next-intl/server";
import { ChartTable } from "@/components/admin/charts/chart-table";
import { barFractions, HorizontalBarChart } from "@/components/admin/charts/horizontal-bar-chart";
import type { FeedbackSummary } from "@/lib/feedback/summarise-feedback";

/** The counts, the averages and the spread of both scales, each chart with its numbers as a table. */
export async function FeedbackCharts({ summary, attended, idPrefix }: { summary: FeedbackSummary; attended: number; idPrefix: string }) {
  const t = await getTranslations("admin.feedback");
  const scales = [
    { key: "relevance", scale: summary.relevance },
    { key: "quality", scale: summary.quality },
  ] as const;
  return (
    <>
      <p className="mb-2 text-lg font-bold">{t("answers", { answers: summary.answers, attended })}</p>
      <p className="mb-8">
        {summary.relevance.average === null || summary.quality.average === null
          ? t("noAverages")
          : t("averages", { relevance: summary.relevance.average.toFixed(1), quality: summary.quality.average.toFixed(1) })}
      </p>
      {scales.map(({ key, scale }) => {
        const fractions = barFractions(scale.counts);
        const rows = scale.counts.map((count, index) => ({ point: index + 1, count, fraction: fractions[index] ?? 0 }));
        const title = t(`${key}.title`);
        return (
          <HorizontalBarChart
            key={key}
            id={`${idPrefix}-${key}`}
            title={title}
            description={t(`${key}.description`)}
            chartKind={t("chartKind")}
            emptyText={t("empty")}
            tableLabel={t("showTable")}
            rows={
              summary.answers === 0
                ? []
                : rows.map((row) => ({
                    key: String(row.point),
                    label: t("point", { point: row.point }),
                    valueText: t("people", { count: row.count }),
                    fraction: row.fraction,
                  }))
            }
            table={
              <ChartTable
                caption={title}
                regionLabel={t("tableRegion", { title })}
                columns={[{ header: t("scaleColumn") }, { header: t("column"), numeric: true }]}
                rows={rows.map((row) => ({ key: String(row.point), cells: [t("point", { point: row.point }), row.count] }))}
              />
            }
          />
        );
      })}
    </>
  );
}
