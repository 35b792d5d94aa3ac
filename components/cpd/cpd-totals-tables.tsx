import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ContentText } from "@/components/content-text";
import type { CpdTotals, Total } from "@/lib/cpd/cpd-totals";
import { standardOf } from "@/lib/cpd/standards/registry";
import type { StandardsList } from "@/lib/cpd/standards/types";

/** The record's totals: overall, and by week, theme, standard and type of activity, as captioned tables. */
export async function CpdTotalsTables({
  totals,
  standards,
  welshNames = {},
}: {
  totals: CpdTotals;
  standards: StandardsList;
  welshNames?: Record<string, string>;
}) {
  const t = await getTranslations("cpd");
  const tables: { id: string; caption: string; heading: string; rows: Total[]; label: (key: string) => ReactNode }[] = [
    { id: "week", caption: t("totals.byWeek"), heading: t("totals.week"), rows: totals.byWeek, label: (key) => <ContentText en={key} cy={welshNames[key]} /> },
    {
      id: "theme",
      caption: t("totals.byTheme"),
      heading: t("totals.theme"),
      rows: totals.byTheme,
      label: (key) => <ContentText en={key} cy={welshNames[key]} />,
    },
    {
      id: "standard",
      caption: t("totals.byStandard"),
      heading: t("totals.standard"),
      rows: totals.byStandard,
      label: (key) => (
        <>
          {key} <ContentText en={standardOf(standards, key)?.text ?? ""} cy={standardOf(standards, key)?.textCy} />
        </>
      ),
    },
    { id: "type", caption: t("totals.byType"), heading: t("totals.type"), rows: totals.byType, label: (key) => t(`types.${key}` as never) },
  ];
  return (
    <section aria-labelledby="totals-heading" className="mb-10">
      <h2 id="totals-heading" className="mb-2 text-2xl">
        {t("totals.heading")}
      </h2>
      <p className="mb-4 text-xl font-bold" data-testid="cpd-total">
        {t("totals.overall", { hours: totals.hours, entries: totals.entries })}
      </p>
      {tables
        .filter((table) => table.rows.length > 0)
        .map((table) => (
          <table key={table.id} className="mb-6 w-full max-w-3xl border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-bold">{table.caption}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">
                  {table.heading}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t("totals.entries")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("totals.hours")}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {table.label(row.key)}
                  </th>
                  <td className="py-2 pr-4 text-right">{row.entries}</td>
                  <td className="py-2 text-right">{row.hours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
