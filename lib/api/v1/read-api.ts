import "server-only";
import { siteUrl } from "../../env";
import type { PrismaClient } from "../../prisma-client";
import { addPlaces } from "../../programme/confirmed-counts";
import type { ProgrammeFilters } from "../../programme/programme-filters";
import {
  cachedEventThemes,
  cachedProgrammeSessions,
  cachedPublicSpeakers,
  cachedPublishedEvent,
  cachedPublishedEvents,
  cachedSessionPage,
  cachedSpeakerPage,
} from "../../programme/public-cache";
import { audienceFromSlug, deliveryLanguageFromSlug, formatFromSlug } from "../../programme/vocabulary";
import { linkHeader, pageOfList } from "./api-page";
import { parseQuery } from "./api-query";
import { jsonResponse, notFound, problemResponse } from "./api-response";
import {
  pageQuerySchema,
  sessionDetailSchema,
  sessionPageSchema,
  sessionQuerySchema,
  speakerDetailSchema,
  speakerPageSchema,
  themeListSchema,
  weekDetailSchema,
  weekPageSchema,
  type SessionQuery,
} from "./api-schemas";
import { toApiSession, toApiSessionDetail, toApiSpeaker, toApiTheme, toApiWeek } from "./to-api";

// The read API's answers (app/api/v1/**/route.ts call these). Everything comes
// from the public programme's shared cache (lib/programme/public-cache.ts:
// published weeks, listed sessions, no personal data, no join links) and
// places left are counted for each request, as on the public pages.

/** What a slug can look like; anything else names nothing, so it is a 404 without a query. */
const SLUG = /^[a-z0-9-]{1,200}$/;

const links = () => ({ siteUrl: siteUrl() });
/** The list's own address on this site, whatever host the request came through. */
const listAddress = (request: Request) => {
  const asked = new URL(request.url);
  return new URL(`${asked.pathname}${asked.search}`, siteUrl());
};
const badRequest = (errors: Parameters<typeof problemResponse>[3]) =>
  problemResponse(400, "Bad Request", "Some parameters could not be used; `errors` says which and why.", errors);

export async function listWeeks(request: Request): Promise<Response> {
  const parsed = parseQuery(pageQuerySchema, new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.errors);
  const weeks = (await cachedPublishedEvents()).map((week) => toApiWeek(week, links()));
  const page = pageOfList(weeks, parsed.query, listAddress(request));
  return jsonResponse(request, weekPageSchema, page, { link: linkHeader(page.links) });
}

export async function getWeek(request: Request, slug: string): Promise<Response> {
  const week = SLUG.test(slug) ? await cachedPublishedEvent(slug) : null;
  if (!week) return notFound("week");
  const themes = await cachedEventThemes(week.id);
  const detail = {
    ...toApiWeek(week, links()),
    description: week.description ? { en: week.description, cy: week.descriptionCy } : null,
    themes: themes.map((theme) => toApiTheme(theme, links())),
  };
  return jsonResponse(request, weekDetailSchema, detail);
}

export async function listWeekThemes(request: Request, slug: string): Promise<Response> {
  const week = SLUG.test(slug) ? await cachedPublishedEvent(slug) : null;
  if (!week) return notFound("week");
  const themes = await cachedEventThemes(week.id);
  return jsonResponse(request, themeListSchema, { data: themes.map((theme) => toApiTheme(theme, links())) });
}

export function programmeFilters(query: SessionQuery): ProgrammeFilters {
  const filters: ProgrammeFilters = {};
  if (query.day) filters.day = query.day;
  if (query.theme) filters.theme = query.theme;
  if (query.format) filters.format = formatFromSlug(query.format);
  if (query.audience) filters.audience = audienceFromSlug(query.audience);
  if (query.language_of_delivery) filters.language = deliveryLanguageFromSlug(query.language_of_delivery);
  return filters;
}

export async function listWeekSessions(db: PrismaClient, request: Request, slug: string): Promise<Response> {
  const parsed = parseQuery(sessionQuerySchema, new URL(request.url).searchParams);
  const week = SLUG.test(slug) ? await cachedPublishedEvent(slug) : null;
  if (!week) return notFound("week");
  if (!parsed.ok) return badRequest(parsed.errors);
  const listed = await cachedProgrammeSessions({ id: week.id, timeZone: week.timeZone }, programmeFilters(parsed.query));
  // Places are counted for this page's sessions only, as on the programme page.
  const page = pageOfList(listed, parsed.query, listAddress(request));
  const sessions = await addPlaces(db, page.data);
  const body = { ...page, data: sessions.map((session) => toApiSession(session, links())) };
  return jsonResponse(request, sessionPageSchema, body, { link: linkHeader(page.links) });
}

export async function getSession(db: PrismaClient, request: Request, slug: string): Promise<Response> {
  const session = SLUG.test(slug) ? await cachedSessionPage(slug) : null;
  if (!session) return notFound("session");
  const [withPlaces] = await addPlaces(db, [session]);
  return jsonResponse(request, sessionDetailSchema, toApiSessionDetail(withPlaces!, links()));
}

export async function listSpeakers(request: Request): Promise<Response> {
  const parsed = parseQuery(pageQuerySchema, new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.errors);
  const speakers = (await cachedPublicSpeakers()).map((speaker) => toApiSpeaker(speaker, links()));
  const page = pageOfList(speakers, parsed.query, listAddress(request));
  return jsonResponse(request, speakerPageSchema, page, { link: linkHeader(page.links) });
}

export async function getSpeaker(db: PrismaClient, request: Request, slug: string): Promise<Response> {
  const found = SLUG.test(slug) ? await cachedSpeakerPage(slug) : null;
  if (!found) return notFound("speaker");
  const sessions = await addPlaces(db, found.sessions);
  const detail = {
    ...toApiSpeaker(found.speaker, links()),
    biography: found.speaker.bio ? { en: found.speaker.bio, cy: found.speaker.bioCy } : null,
    sessions: sessions.map((session) => toApiSession(session, links())),
  };
  return jsonResponse(request, speakerDetailSchema, detail);
}
