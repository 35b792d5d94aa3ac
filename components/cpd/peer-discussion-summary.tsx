import { useLocale, useTranslations } from "next-intl";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDayHeading } from "@/lib/programme/event-time";

/** What a colleague is shown of an entry, and nothing more: its title, its day and the note of the discussion. */
export function PeerDiscussionSummary({ title, activityDate, note }: { title: string; activityDate: Date; note: string | null }) {
  const t = useTranslations("cpd.peer");
  const dates = dateLocale(useLocale());
  return (
    <dl className="space-y-2 border-l-4 border-line pl-3">
      <div>
        <dt className="font-bold">{t("title")}</dt>
        <dd>{title}</dd>
      </div>
      <div>
        <dt className="font-bold">{t("date")}</dt>
        <dd>{formatDayHeading(activityDate.toISOString().slice(0, 10), dates)}</dd>
      </div>
      <div>
        <dt className="font-bold">{t("note")}</dt>
        <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{note}</dd>
      </div>
    </dl>
  );
}
