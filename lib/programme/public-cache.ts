import "server-only";
import { format } from "date-fns";
import { cacheLife, cacheTag } from "next/cache";
// Holds the shared client (an exception to ADR 0017): a 'use cache' function's arguments are its cache key, and a client cannot be one.
import { prisma } from "../db";
import { getCurrentEvent, getPublishedEvent, listPublishedEvents } from "./get-current-event";
import { getSessionPage } from "./get-session-page";
import { countPublicSessions, listEventThemes, listFeaturedSessions, listProgrammeSessions } from "./list-programme-sessions";
import { listWeekScheduleSessions } from "./list-week-schedule-sessions";
import type { ProgrammeFilters } from "./programme-filters";
import { publicCacheKey } from "./public-cache-keys";
import { PUBLIC_PROGRAMME_TAG } from "./public-cache-tag";
import { getSpeakerPage, listPublicSpeakers } from "./speakers";
import { getThemePage, listPublicPaths } from "./themes";

// The public programme, cached in the server's memory and shared by every
// visitor (Next.js 'use cache'), so that the hour registration opens costs one
// database read per page and filter, not one per request. See
// docs/decisions/0006-public-programme-cache.md.
//
// What may go in here: only what anyone may see without signing in. Every
// function takes public keys (a slug, an event id, filters, a date) and never
// a person, a cookie or a header; the loaders it calls select no personal
// data (tests/integration/public-cache-data.test.ts checks both). Places left
// are not in here: they change with every booking and come from
// confirmed-counts.ts on each request.
//
// Each function is also an endpoint anyone can call with arguments of their
// choosing (Next.js answers a server-action POST naming a 'use cache'
// function's id), so each checks its arguments first (public-cache-keys.ts).
//
// Organiser changes reach visitors at once: every admin action that changes
// the programme calls revalidatePublicPages(), which expires this tag; the
// other server processes expire it when the database tells them of the change
// (lib/cache/use-cache-handler.cjs).

/**
 * The tag, and a lifetime that is only a backstop (the tag does the real
 * work): an entry is refreshed in the background an hour after it was made
 * and dropped after a day without visits.
 */
function publicProgrammeEntry() {
  cacheTag(PUBLIC_PROGRAMME_TAG);
  cacheLife("hours");
}

/** The week the site leads with on `day` ("2026-11-26", the server's calendar day): part of the key, so it moves on at midnight. */
export async function cachedCurrentEvent(day: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.day(day);
  return key ? getCurrentEvent(prisma, new Date(`${key}T00:00:00`)) : null;
}

export async function cachedPublishedEvent(slug: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.slug(slug);
  return key ? getPublishedEvent(prisma, key) : null;
}

export async function cachedPublishedEvents() {
  "use cache";
  publicProgrammeEntry();
  return listPublishedEvents(prisma);
}

export async function cachedEventThemes(eventId: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.recordId(eventId);
  return key ? listEventThemes(prisma, key) : [];
}

export async function cachedPublicSessionCount(eventId: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.recordId(eventId);
  return key ? countPublicSessions(prisma, key) : 0;
}

export async function cachedFeaturedSessions(eventId: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.recordId(eventId);
  return key ? listFeaturedSessions(prisma, key) : [];
}

export async function cachedProgrammeSessions(event: { id: string; timeZone: string }, filters: ProgrammeFilters) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.programme(event, filters);
  return key ? listProgrammeSessions(prisma, key.event, key.filters) : [];
}

export async function cachedSessionPage(slug: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.slug(slug);
  return key ? getSessionPage(prisma, key) : null;
}

export async function cachedSpeakerPage(slug: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.slug(slug);
  return key ? getSpeakerPage(prisma, key) : null;
}

export async function cachedPublicSpeakers() {
  "use cache";
  publicProgrammeEntry();
  return listPublicSpeakers(prisma);
}

export async function cachedThemePage(slug: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.slug(slug);
  return key ? getThemePage(prisma, key) : null;
}

export async function cachedPublicPaths() {
  "use cache";
  publicProgrammeEntry();
  return listPublicPaths(prisma);
}

/** A published week's listed sessions for its schedule files and calendar feeds (cancelled ones included: the feeds mark them). */
export async function cachedWeekScheduleSessions(eventId: string) {
  "use cache";
  publicProgrammeEntry();
  const key = publicCacheKey.recordId(eventId);
  return key ? listWeekScheduleSessions(prisma, key) : [];
}

/** Today's key for cachedCurrentEvent, on the server's calendar as getCurrentEvent counts days. */
export function serverDay(now: Date = new Date()): string {
  return format(now, "yyyy-MM-dd");
}
