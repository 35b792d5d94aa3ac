import "server-only";
import { translatorFor } from "../i18n/catalogue";
import { contentTextIn } from "../i18n/content";
import type { AppLocale } from "../i18n/locales";
import { buildProgrammeCalendar } from "./programme-calendar";
import { cachedPublishedEvent, cachedThemePage, cachedWeekScheduleSessions } from "./public-cache";
import { isPublicSlug } from "./public-slug";

/** The calendar feed of one theme of a published week, named "<theme> (<week>)"; null for a slug that names none. */
export async function getThemeCalendarFeed(slug: string, options: { locale: AppLocale; siteUrl: string }): Promise<string | null> {
  if (!isPublicSlug(slug)) return null;
  const page = await cachedThemePage(slug);
  const week = page ? await cachedPublishedEvent(page.theme.event.slug) : null;
  if (!page || !week) return null;
  const sessions = (await cachedWeekScheduleSessions(week.id)).filter((session) => session.theme?.id === page.theme.id);
  const { locale } = options;
  return buildProgrammeCalendar({
    name: translatorFor(locale)("calendarFeeds.themeCalendarName", {
      theme: contentTextIn(locale, page.theme.name, page.theme.nameCy),
      week: contentTextIn(locale, week.title, week.titleCy),
    }),
    week,
    sessions,
    siteUrl: options.siteUrl,
    host: new URL(options.siteUrl).hostname,
    locale,
  });
}
