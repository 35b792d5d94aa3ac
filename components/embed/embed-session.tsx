import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ContentText } from "@/components/content-text";
import { PlacesStatus } from "@/components/places-status";
import { ThemeLabel } from "@/components/theme-label";
import { siteUrl } from "@/lib/env";
import { localisePath } from "@/lib/i18n/locale-paths";
import { dateLocale, isAppLocale } from "@/lib/i18n/locales";
import { formatTimeRange } from "@/lib/programme/event-time";
import type { SessionSummary } from "@/lib/programme/session-summary";

/**
 * One session in an embedded programme. Its link opens the session's page on
 * this site in a new tab (said in the link), where people book: the framing
 * page stays where it was, and no booking happens inside someone else's frame.
 */
export function EmbedSession({ session }: { session: SessionSummary }) {
  const t = useTranslations();
  const format = useFormatter();
  const language = useLocale();
  const locale = dateLocale(language);
  const href = `${siteUrl()}${localisePath(`/sessions/${session.slug}`, isAppLocale(language) ? language : "en")}`;
  const speakers = session.speakers.map((entry) => entry.speaker.name);
  return (
    <li className="grid gap-x-4 gap-y-1 py-3 sm:grid-cols-[8rem_1fr]">
      <p className="font-bold tabular-nums">
        <time dateTime={session.startsAt.toISOString()}>{formatTimeRange(session.startsAt, session.endsAt, session.event.timeZone, locale)}</time>
      </p>
      <div className="space-y-1">
        <h3 className="text-lg">
          <a href={href} target="_blank" rel="noopener" className={session.cancelled ? "line-through" : undefined}>
            <ContentText en={session.title} cy={session.titleCy} /> <span className="text-sm font-normal">{t("embed.opensInNewTab")}</span>
          </a>
          {session.cancelled ? <span className="sr-only"> ({t("common.cancelled")})</span> : null}
        </h3>
        {speakers.length ? <p className="text-sm">{t("common.with", { names: format.list(speakers, { type: "conjunction" }) })}</p> : null}
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {session.theme ? <ThemeLabel theme={session.theme} /> : null}
          <span>{t(`formats.${session.format}`)}</span>
          <PlacesStatus places={session.places} cancelled={session.cancelled} />
        </p>
      </div>
    </li>
  );
}
