import { useLocale, useTranslations } from "next-intl";
import type { PeerConfirmationSummary } from "@/lib/cpd/peer/peer-confirmation-summary";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDayHeading, localDayKey } from "@/lib/programme/event-time";

/** Where a colleague's confirmation stands: asked, confirmed, declined or expired; and whether the note changed since. */
export function PeerConfirmationStatus({ confirmation }: { confirmation: PeerConfirmationSummary }) {
  const t = useTranslations("cpd.peer");
  const dates = dateLocale(useLocale());
  const answered = confirmation.state === "CONFIRMED" || confirmation.state === "DECLINED";
  const day = localDayKey((answered && confirmation.respondedAt) || confirmation.requestedAt, "Europe/London");
  const tone = confirmation.state === "CONFIRMED" ? "border-success" : "border-line";
  return (
    <div data-testid="peer-confirmation" className={`border-l-4 ${tone} pl-3`}>
      <p>{t(`state.${confirmation.state}`, { name: confirmation.colleagueName, date: formatDayHeading(day, dates) })}</p>
      {confirmation.noteChanged && confirmation.state !== "PENDING" ? <p className="text-sm">{t("noteChanged")}</p> : null}
    </div>
  );
}
