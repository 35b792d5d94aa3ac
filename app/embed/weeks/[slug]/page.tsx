import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmbedFilters } from "@/components/embed/embed-filters";
import { EmbedSession } from "@/components/embed/embed-session";
import { LanguageSwitch } from "@/components/language-switch";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { contentTextIn } from "@/lib/i18n/content";
import { localisePath } from "@/lib/i18n/locale-paths";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { addPlaces } from "@/lib/programme/confirmed-counts";
import { eventDayKeys, formatDateRange, formatDayHeading, timeZoneAbbreviation } from "@/lib/programme/event-time";
import { groupByDay } from "@/lib/programme/group-by-day";
import { parseProgrammeFilters, type ProgrammeFilters } from "@/lib/programme/programme-filters";
import { cachedEventThemes, cachedProgrammeSessions, cachedPublishedEvent } from "@/lib/programme/public-cache";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The embed page filters by day, theme and format only (the full programme has the rest). */
function embedFilters(searchParams: Record<string, string | string[] | undefined>): ProgrammeFilters {
  const { day, theme, format } = parseProgrammeFilters(searchParams);
  return { ...(day ? { day } : {}), ...(theme ? { theme } : {}), ...(format ? { format } : {}) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await cachedPublishedEvent((await params).slug);
  if (!event) return {};
  const t = await getTranslations("embed");
  // Another website's page shows it; search engines should find the programme itself.
  return { title: t("metaTitle", { title: contentTextIn(await pageLocale(), event.title, event.titleCy) }), robots: { index: false, follow: true } };
}

/**
 * A week's programme for other websites' frames (issue 16): readable without
 * JavaScript, no site header, no forms but the filter, every session linking
 * out to its page here in a new tab for booking. Only the websites the
 * organisers listed may frame it (proxy.ts, lib/embed/embed-frame-ancestors.ts).
 */
export default async function EmbeddedProgrammePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const event = await cachedPublishedEvent(slug);
  if (!event) notFound();
  const [t, language] = await Promise.all([getTranslations(), pageLocale()]);
  const locale = dateLocale(language);
  const filters = embedFilters(query);
  const [themes, listed] = await Promise.all([cachedEventThemes(event.id), cachedProgrammeSessions({ id: event.id, timeZone: event.timeZone }, filters)]);
  const sessions = await addPlaces(prisma, listed);
  const days = groupByDay(sessions, event.timeZone);
  const site = new URL(siteUrl()).host;
  const programmeUrl = `${siteUrl()}${localisePath(`/programme?week=${event.slug}`, language)}`;
  const zone = timeZoneAbbreviation(sessions[0]?.startsAt ?? event.startDate, event.timeZone);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <p className="flex flex-wrap justify-between gap-2 text-muted">
        <span>
          {t("embed.caption")} · {formatDateRange(event.startDate, event.endDate, locale)}
        </span>
        <LanguageSwitch locale={language} />
      </p>
      <h1 className="text-2xl sm:text-3xl">{contentTextIn(language, event.title, event.titleCy)}</h1>
      <p className="max-w-prose">{t("embed.bookHere", { site })}</p>
      <EmbedFilters
        action={`/embed/weeks/${event.slug}`}
        filters={filters}
        days={eventDayKeys(event.startDate, event.endDate).map((day) => ({ value: day, label: formatDayHeading(day, locale) }))}
        themes={themes.map((theme) => ({ value: theme.slug, label: contentTextIn(language, theme.name, theme.nameCy) }))}
      />
      <h2 className="text-xl" id="results-heading">
        {t("programme.resultCount", { count: sessions.length })}
      </h2>
      <p className="text-sm text-muted">{t("common.timeZoneNote", { zone: event.timeZone, abbreviation: zone })}</p>
      {days.map(({ day, sessions: daySessions }) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="mb-1 text-xl">
            {formatDayHeading(day, locale)}
          </h2>
          <ul className="divide-y divide-line border-y border-line">
            {daySessions.map((session) => (
              <EmbedSession key={session.id} session={session} />
            ))}
          </ul>
        </section>
      ))}
      <p>
        <a href={programmeUrl} target="_blank" rel="noopener">
          {t("embed.fullProgramme", { site })} <span className="text-sm">{t("embed.opensInNewTab")}</span>
        </a>
      </p>
    </div>
  );
}
