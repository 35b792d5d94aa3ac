import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { frabJsonDocumentSchema } from "../../schedule/frab-schedule-schema";
import {
  pageQuerySchema,
  problemSchema,
  sessionDetailSchema,
  sessionPageSchema,
  sessionPathSchema,
  sessionQuerySchema,
  speakerDetailSchema,
  speakerPageSchema,
  speakerPathSchema,
  themeListSchema,
  weekDetailSchema,
  weekPageSchema,
  weekPathSchema,
} from "./api-schemas";

// The OpenAPI 3.1 description of the read API, generated from the zod schemas
// the handlers answer through (api-schemas.ts), so the two cannot drift.
// Served at /api/v1/openapi.json and drawn as the /developers page; the
// contract tests (tests/e2e/api-contract.spec.ts) walk every path in it and
// check real answers against its schemas.

export const API_VERSION = "1.0.0";

/** Each operation's id, summary and description, also shown on the /developers page (in both languages there). */
export const API_OPERATIONS = [
  { operationId: "listWeeks", path: "/weeks" },
  { operationId: "getWeek", path: "/weeks/{week}" },
  { operationId: "listWeekThemes", path: "/weeks/{week}/themes" },
  { operationId: "listWeekSessions", path: "/weeks/{week}/sessions" },
  { operationId: "getSession", path: "/sessions/{session}" },
  { operationId: "listSpeakers", path: "/speakers" },
  { operationId: "getSpeaker", path: "/speakers/{speaker}" },
] as const;

export type ApiOperationId = (typeof API_OPERATIONS)[number]["operationId"];

/**
 * The public files outside /api/v1 that other programs read (ADR 0014): the
 * Frab schedule of a week, and the week's and themes' calendar feeds. In the
 * same document, with the site itself as their server, so the contract tests
 * cover them too.
 */
export const FILE_OPERATIONS = [
  { operationId: "getWeekScheduleXml", path: "/weeks/{week}/schedule.xml", contentType: "application/xml", summary: "A week's Frab schedule (XML)" },
  { operationId: "getWeekScheduleJson", path: "/weeks/{week}/schedule.json", contentType: "application/json", summary: "A week's Frab schedule (JSON)" },
  { operationId: "getWeekCalendar", path: "/weeks/{week}/calendar.ics", contentType: "text/calendar", summary: "A week's calendar feed (iCalendar)" },
  { operationId: "getThemeCalendar", path: "/themes/{theme}/calendar.ics", contentType: "text/calendar", summary: "A theme's calendar feed (iCalendar)" },
] as const;

const themePathSchema = z.object({
  theme: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .meta({ description: "The theme's slug." }),
});

function fileOperation({ operationId, path, contentType, summary }: (typeof FILE_OPERATIONS)[number]): ZodOpenApiOperationObject {
  const body = contentType === "application/json" ? frabJsonDocumentSchema : z.string();
  return {
    operationId,
    summary,
    description:
      "Public, for any program or site (CORS), cached for five minutes; in Welsh under /cy where the organisers wrote Welsh. Frab files follow the published Frab schemas (github.com/voc/schedule); feeds keep each session's UID, raise SEQUENCE on every change and mark cancelled sessions STATUS:CANCELLED.",
    tags: ["files"],
    requestParams: { path: path.startsWith("/themes/") ? themePathSchema : weekPathSchema },
    responses: {
      "200": { description: summary, content: { [contentType]: { schema: body } } },
      "404": { description: "No published week or theme has that slug.", content: { "text/plain": { schema: z.string() } } },
    },
  };
}

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });

const cachingHeaders = {
  ETag: { description: "Changes whenever the answer does; send it back in If-None-Match to get a 304.", schema: { type: "string" as const } },
  "Last-Modified": { description: "When this answer last changed; send it back in If-Modified-Since to get a 304.", schema: { type: "string" as const } },
  "Cache-Control": { description: "Shared caches may keep an answer for a minute.", schema: { type: "string" as const } },
};
const pagedHeaders = { ...cachingHeaders, Link: { description: "first, prev, next and last pages (RFC 8288).", schema: { type: "string" as const } } };

function responses(schema: z.ZodType, description: string, { paged = false, notFound = false, badRequest = false } = {}): ZodOpenApiResponsesObject {
  return {
    "200": { description, headers: paged ? pagedHeaders : cachingHeaders, content: json(schema) },
    "304": { description: "Not modified: the ETag or date sent is still current." },
    ...(badRequest ? { "400": problem("A parameter could not be used; `errors` names each one.") } : {}),
    ...(notFound ? { "404": problem("No published week, session or speaker has that slug.") } : {}),
    "503": problem("The programme cannot be read just now; try again after Retry-After seconds."),
  };
}

const operations: Record<ApiOperationId, ZodOpenApiOperationObject> = {
  listWeeks: {
    operationId: "listWeeks",
    summary: "Published weeks",
    description: "Every published week, newest first.",
    requestParams: { query: pageQuerySchema },
    responses: responses(weekPageSchema, "One page of weeks.", { paged: true, badRequest: true }),
  },
  getWeek: {
    operationId: "getWeek",
    summary: "A week",
    description: "One published week with its description and themes.",
    requestParams: { path: weekPathSchema },
    responses: responses(weekDetailSchema, "The week.", { notFound: true }),
  },
  listWeekThemes: {
    operationId: "listWeekThemes",
    summary: "A week's themes",
    description: "The themes of a published week, in the organisers' order.",
    requestParams: { path: weekPathSchema },
    responses: responses(themeListSchema, "The themes.", { notFound: true }),
  },
  listWeekSessions: {
    operationId: "listWeekSessions",
    summary: "A week's sessions",
    description:
      "The sessions of a published week in time order, as its programme lists them (cancelled ones marked), with places left at the moment of the answer. Filters combine.",
    requestParams: { path: weekPathSchema, query: sessionQuerySchema },
    responses: responses(sessionPageSchema, "One page of sessions.", { paged: true, notFound: true, badRequest: true }),
  },
  getSession: {
    operationId: "getSession",
    summary: "A session",
    description: "One published or cancelled session with its description, speakers and places left.",
    requestParams: { path: sessionPathSchema },
    responses: responses(sessionDetailSchema, "The session.", { notFound: true }),
  },
  listSpeakers: {
    operationId: "listSpeakers",
    summary: "Speakers",
    description: "Everyone who speaks in at least one listed session, by name.",
    requestParams: { query: pageQuerySchema },
    responses: responses(speakerPageSchema, "One page of speakers.", { paged: true, badRequest: true }),
  },
  getSpeaker: {
    operationId: "getSpeaker",
    summary: "A speaker",
    description: "One speaker with their biography and listed sessions.",
    requestParams: { path: speakerPathSchema },
    responses: responses(speakerDetailSchema, "The speaker.", { notFound: true }),
  },
};

/** The document, for a site at `siteUrl`. */
export function openApiDocument(siteUrl: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "CPD Week programme API",
      version: API_VERSION,
      description:
        "Read-only access to the published programme: weeks, themes, sessions and speakers. Public data only: no drafts, nothing about the people booked, no join links. Open to any origin (CORS); no key needed. Times are ISO 8601 with the week's UTC offset; texts come in English (`en`) and Welsh (`cy`) where the organisers wrote Welsh. Errors are RFC 9457 problem details. Within v1 fields are only ever added, never renamed or removed.",
    },
    servers: [{ url: `${siteUrl}/api/v1` }],
    paths: {
      ...Object.fromEntries(API_OPERATIONS.map(({ operationId, path }) => [path, { get: operations[operationId] }])),
      ...Object.fromEntries(FILE_OPERATIONS.map((file) => [file.path, { servers: [{ url: siteUrl }], get: fileOperation(file) }])),
    },
  });
}
