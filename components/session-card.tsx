import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ContentText } from "@/components/content-text";
import { DeliveryLanguageLabel } from "@/components/delivery-language";
import { Link } from "@/components/locale-link";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { formatShortDay, formatTimeRange, localDayKey } from "@/lib/programme/event-time";
import type { SessionSummary } from "@/lib/programme/session-summary";
import { PlacesStatus } from "./places-status";
import { ThemeLabel } from "./theme-label";

type Props = {
  session: SessionSummary;
  /** Show the day as well as the time (lists that span several days). */
  showDay?: boolean;
  headingLevel?: "h2" | "h3";
  /** Booking controls for a signed-in visitor. */
  action?: ReactNode;
};

export function SessionCard({ session, showDay = false, headingLevel: Heading = "h3", action }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = dateLocale(useLocale());
  const timeZone = session.event.timeZone;
  const speakerNames = session.speakers.map((entry) => entry.speaker.name);
  const rule = session.bookingRule;
  const audience = contentTextIn(useLocale() === "cy" ? "cy" : "en", rule.audience ?? "", rule.audienceCy) || null;
  // Who may book, for sessions not open to all: the organiser's words where they gave them.
  const bookingTag = rule.rule === "OPEN" ? null : audience ? t("registration.rule.tag.for", { audience }) : t(`registration.rule.tag.${rule.rule}`);
  return (
    <article className={`print-avoid-break grid gap-x-6 gap-y-2 border-t border-line py-4 sm:grid-cols-[9rem_1fr] ${session.cancelled ? "opacity-90" : ""}`}>
      <p className="font-bold tabular-nums">
        {showDay ? <span className="block">{formatShortDay(localDayKey(session.startsAt, timeZone), locale)}</span> : null}
        <time dateTime={session.startsAt.toISOString()}>{formatTimeRange(session.startsAt, session.endsAt, timeZone, locale)}</time>
      </p>
      <div className="space-y-2">
        <Heading className="text-lg">
          <Link href={`/sessions/${session.slug}`} className={session.cancelled ? "line-through" : undefined}>
            <ContentText en={session.title} cy={session.titleCy} />
          </Link>
          {session.cancelled ? <span className="sr-only"> ({t("common.cancelled")})</span> : null}
        </Heading>
        {session.summary ? <ContentText as="p" className="max-w-prose text-muted" en={session.summary} cy={session.summaryCy} /> : null}
        {speakerNames.length ? <p className="text-sm">{t("common.with", { names: format.list(speakerNames, { type: "conjunction" }) })}</p> : null}
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <div className="flex gap-1">
            <dt className="sr-only">{t("common.theme")}</dt>
            <dd>{session.theme ? <ThemeLabel theme={session.theme} /> : t("common.noTheme")}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="sr-only">{t("common.format")}</dt>
            <dd>{t(`formats.${session.format}`)}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="sr-only">{t("common.deliveryLanguage")}</dt>
            <dd>
              <DeliveryLanguageLabel language={session.deliveryLanguage} />
            </dd>
          </div>
          <div className="flex gap-1">
            <dt className="sr-only">{t("session.cpd")}</dt>
            <dd>{t("common.cpdHours", { hours: session.cpdHours })}</dd>
          </div>
          {session.accessProvided.length ? (
            <div className="flex gap-1">
              <dt className="sr-only">{t("session.accessProvided")}</dt>
              <dd>
                {format.list(
                  session.accessProvided.map((provision) => t(`accessProvisions.${provision}`)),
                  { type: "conjunction" },
                )}
              </dd>
            </div>
          ) : null}
          {bookingTag ? (
            <div className="flex gap-1">
              <dt className="sr-only">{t("session.whoCanBook")}</dt>
              <dd className="font-bold">{bookingTag}</dd>
            </div>
          ) : null}
          <div className="flex gap-1">
            <dt className="sr-only">{t("session.places")}</dt>
            <dd>
              <PlacesStatus places={session.places} cancelled={session.cancelled} />
            </dd>
          </div>
        </dl>
        {action ? <div className="no-print pt-1">{action}</div> : null}
      </div>
    </article>
  );
}
