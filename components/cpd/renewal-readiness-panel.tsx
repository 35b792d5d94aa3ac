import { getLocale, getTranslations } from "next-intl/server";
import { formatDayHeading } from "@/lib/programme/event-time";
import { SCW_HOURS_REQUIRED, SWE_ENTRIES_REQUIRED, SWE_PEER_ENTRIES_REQUIRED, type RenewalReadiness } from "@/lib/cpd/renewal-readiness";
import { dateLocale } from "@/lib/i18n/locales";

/** How ready the person is for their regulator's renewal: in words, never by colour alone. */
export async function RenewalReadinessPanel({ readiness }: { readiness: RenewalReadiness }) {
  const t = await getTranslations("cpd.readiness");
  const dates = dateLocale(await getLocale());
  const period = t("period", { start: formatDayHeading(readiness.periodStart, dates), end: formatDayHeading(readiness.periodEnd, dates) });
  return (
    <section aria-labelledby="readiness-heading" className="mb-10 border-l-4 border-brand bg-panel p-4">
      <h2 id="readiness-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      {readiness.kind === "SOCIAL_WORK_ENGLAND" ? (
        <>
          <p className="mb-2">{t("sweIntro", { required: SWE_ENTRIES_REQUIRED, peer: SWE_PEER_ENTRIES_REQUIRED })}</p>
          <p className="mb-2">{period}</p>
          <ul className="mb-2 list-disc pl-6">
            <li>{t("sweEntries", { entries: readiness.entries, required: SWE_ENTRIES_REQUIRED })}</li>
            <li>{t("swePeer", { peer: readiness.peerEntries })}</li>
            <li>{t("daysLeft", { days: readiness.daysLeft })}</li>
          </ul>
          <p className="font-bold">{readiness.ready ? t("sweReady") : t("sweNotReady")}</p>
        </>
      ) : readiness.kind === "SOCIAL_CARE_WALES" ? (
        <>
          <p className="mb-2">{t("scwIntro", { required: SCW_HOURS_REQUIRED })}</p>
          <p className="mb-2">{period}</p>
          <p className="font-bold">{t("scwHours", { hours: readiness.hours, required: SCW_HOURS_REQUIRED })}</p>
          <p>{readiness.ready ? t("scwReady") : t("scwNotReady", { remaining: Math.round((SCW_HOURS_REQUIRED - readiness.hours) * 100) / 100 })}</p>
        </>
      ) : (
        <>
          <p className="mb-2">{t("otherIntro")}</p>
          <p className="font-bold">{t("otherHours", { hours: readiness.hours })}</p>
          <p>{period}</p>
        </>
      )}
    </section>
  );
}
