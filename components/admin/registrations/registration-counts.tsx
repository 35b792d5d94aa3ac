import { useTranslations } from "next-intl";

type Counts = { confirmed: number; capacity: number | null; placesLeft: number | null; waitingList: number; cancelled: number };

/** Confirmed places against capacity, places left, waiting list and cancellations, as a definition list. */
export function RegistrationCounts({ counts }: { counts: Counts }) {
  const t = useTranslations("admin.registrations.counts");
  const items = [
    {
      term: t("confirmed"),
      value:
        counts.capacity === null
          ? t("confirmedUnlimited", { confirmed: counts.confirmed })
          : t("confirmedOfCapacity", { confirmed: counts.confirmed, capacity: counts.capacity }),
    },
    { term: t("placesLeft"), value: counts.placesLeft === null ? t("unlimited") : t("placesLeftValue", { count: counts.placesLeft }) },
    { term: t("waitingList"), value: t("waitingListValue", { count: counts.waitingList }) },
    { term: t("cancelled"), value: t("cancelledValue", { count: counts.cancelled }) },
  ];
  return (
    <section aria-labelledby="places-heading" className="mb-8">
      <h2 id="places-heading" className="mb-3 text-2xl">
        {t("heading")}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {items.map((item) => (
          <div key={item.term} className="border-l-4 border-brand bg-panel p-3">
            <dt className="font-bold">{item.term}</dt>
            <dd className="text-xl">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
