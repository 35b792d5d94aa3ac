import { useLocale } from "next-intl";
import { formatMoment } from "@/lib/admin/registrations/format-times";
import { dateLocale } from "@/lib/i18n/locales";
import { timeZoneAbbreviation } from "@/lib/programme/event-time";

/** Emails are not tied to one week's time zone: the admin area shows them in London time, as the audit log does. */
export const EMAIL_TIME_ZONE = "Europe/London";

/** "7 Dec 2026, 09:41 GMT", machine-readable too. */
export function EmailTime({ instant }: { instant: Date }) {
  const dates = dateLocale(useLocale());
  return (
    <time dateTime={instant.toISOString()} className="whitespace-nowrap">
      {formatMoment(instant, EMAIL_TIME_ZONE, dates)} {timeZoneAbbreviation(instant, EMAIL_TIME_ZONE)}
    </time>
  );
}
