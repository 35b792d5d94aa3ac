import "server-only";
import type { AppLocale } from "../i18n/locales";
import { cachedEventThemes, cachedPublishedEvent, cachedWeekScheduleSessions } from "../programme/public-cache";
import { isPublicSlug } from "../programme/public-slug";
import { buildFrabSchedule, type FrabSchedule } from "./build-frab-schedule";

/**
 * A published week's schedule, ready to write as Frab XML or JSON; null for a
 * slug that names no published week. Its parts come from the public
 * programme's shared cache, so a conference app polling every few minutes
 * costs no database read until organisers change something.
 */
export async function getWeekSchedule(slug: string, options: { locale: AppLocale; siteUrl: string }): Promise<FrabSchedule | null> {
  if (!isPublicSlug(slug)) return null;
  const week = await cachedPublishedEvent(slug);
  if (!week) return null;
  const [themes, sessions] = await Promise.all([cachedEventThemes(week.id), cachedWeekScheduleSessions(week.id)]);
  return buildFrabSchedule({ week, themes, sessions, ...options });
}
