import { useTranslations } from "next-intl";
import type { Headline } from "@/lib/admin/dashboard/aggregate-dashboard";
import { formatHours, formatPercent } from "./format-figures";

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="border-l-4 border-brand bg-panel p-4">
      <dt className="font-bold">{label}</dt>
      <dd className="text-3xl font-bold tabular-nums">{value}</dd>
      {detail ? <dd className="mt-1 text-sm">{detail}</dd> : null}
    </div>
  );
}

export function HeadlineFigures({ headline }: { headline: Headline }) {
  const t = useTranslations("admin.dashboard.figures");
  const count = (value: number) => value.toLocaleString("en-GB");
  return (
    <section aria-labelledby="figures-heading" className="mb-12">
      <h2 id="figures-heading" className="mb-4 text-2xl">
        {t("heading")}
      </h2>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Figure label={t("sessionsPublished")} value={count(headline.sessionsPublished)} />
        <Figure label={t("registrationsConfirmed")} value={count(headline.registrationsConfirmed)} />
        <Figure label={t("waitlisted")} value={count(headline.waitlisted)} />
        <Figure
          label={t("attendanceRate")}
          value={headline.attendanceRate === null ? t("attendanceNotMarked") : formatPercent(headline.attendanceRate)}
          detail={[
            headline.attendanceRate === null ? t("attendanceNone") : t("attendanceRateDetail", { attended: headline.attended, absent: headline.absent }),
            t("unmarkedPast", { count: headline.unmarkedPast }),
          ].join(" ")}
        />
        <Figure label={t("cpdHours")} value={formatHours(headline.cpdHoursAwarded)} detail={t("cpdHoursDetail")} />
      </dl>
    </section>
  );
}
