import { useTranslations } from "next-intl";

type Totals = { attended: number; absent: number; unmarked: number; confirmed: number };

/** The running totals of the register, in words and numbers. */
export function AttendanceTotals({ totals }: { totals: Totals }) {
  const t = useTranslations("admin.registrations.register");
  const items = [
    { key: "attended", term: t("attended"), value: totals.attended, border: "border-success" },
    { key: "absent", term: t("absent"), value: totals.absent, border: "border-danger" },
    { key: "unmarked", term: t("unmarked"), value: totals.unmarked, border: "border-line" },
  ];
  return (
    <>
      <h2 id="totals-heading" className="mb-3 text-2xl">
        {t("totalsHeading")}
      </h2>
      <dl className="mb-2 grid grid-cols-3 gap-3">
        {items.map((item) => (
          <div key={item.key} className={`border-l-4 ${item.border} bg-panel p-3`} data-total={item.key}>
            <dt className="font-bold">{item.term}</dt>
            <dd className="text-3xl font-bold tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-6">{t("ofConfirmed", { count: totals.confirmed })}</p>
    </>
  );
}
