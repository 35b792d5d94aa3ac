import "server-only";
import { contentTextIn } from "../i18n/content";
import type { AppLocale } from "../i18n/locales";
import { buildProgrammeCalendar } from "./programme-calendar";
import { cachedPublishedEvent, cachedWeekScheduleSessions } from "./public-cache";
import { isPublicSlug } from "./public-slug";

/** The calendar feed of a published week (every listed session, cancelled ones marked); null for a slug that names none. */
export async function getWeekCalendarFeed(slug: string, options: { locale: AppLocale; siteUrl: string }): Promise<string | null> {
  if (!isPublicSlug(slug)) return null;
  const week = await cachedPublishedEvent(slug);
  if (!week) return null;
  const sessions = await cachedWeekScheduleSessions(week.id);
  return buildProgrammeCalendar({
    name: contentTextIn(options.locale, week.title, week.titleCy),
    week,
    sessions,
    siteUrl: options.siteUrl,
    host: new URL(options.siteUrl).hostname,
    locale: options.locale,
  });
}
