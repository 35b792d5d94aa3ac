import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Problem } from "./api-schemas";
import { ContentClock } from "./content-clock";

// How every answer of the read API is sent: JSON with an ETag and a
// Last-Modified, 304 for a client that already has it, open to any origin
// for reading (CORS), and failures as RFC 9457 problem details.

/** Anyone may read the public programme from any site's scripts; nothing here uses cookies. */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, Last-Modified, Link, Retry-After",
} as const;

/**
 * A minute: places left are in many answers and change with every booking,
 * so a shared cache may keep an answer only briefly; revalidating costs a
 * client a 304 when nothing changed.
 */
export const API_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=60";

const clock = new ContentClock();

export function problemResponse(status: number, title: string, detail: string, errors?: Problem["errors"]): Response {
  const problem: Problem = { type: "about:blank", title, status, detail, ...(errors?.length ? { errors } : {}) };
  return new Response(JSON.stringify(problem), {
    status,
    headers: {
      "content-type": "application/problem+json; charset=utf-8",
      // A 404 may be cached like any answer; a refused or failed request is not worth keeping.
      "cache-control": status === 404 ? API_CACHE_CONTROL : "no-store",
      ...CORS_HEADERS,
    },
  });
}

export const notFound = (what: string) => problemResponse(404, "Not Found", `There is no published ${what} with that name.`);

/** An ETag that changes whenever a byte of the answer does. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEntityTag(header: string | null, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = tag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === opaque);
}

/** Whether an If-Modified-Since header is at or after the last change (HTTP dates have whole seconds). */
export function notModifiedSince(header: string | null, lastModified: Date): boolean {
  if (!header) return false;
  const since = Date.parse(header);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * The answer as JSON, checked against its schema first (a mapping mistake is
 * a 500 here, never a document that breaks its contract), or a 304.
 */
export function jsonResponse<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  value: z.input<Schema>,
  extraHeaders: Record<string, string> = {},
): Response {
  const body = JSON.stringify(schema.parse(value));
  const tag = entityTag(body);
  const { pathname, search } = new URL(request.url);
  const lastModified = clock.lastModified(pathname + search, tag);
  const headers = {
    etag: tag,
    "last-modified": lastModified.toUTCString(),
    "cache-control": API_CACHE_CONTROL,
    ...CORS_HEADERS,
    ...extraHeaders,
  };
  // If-None-Match decides when present; If-Modified-Since only without it (RFC 9110 13.2.2).
  const ifNoneMatch = request.headers.get("if-none-match");
  const unchanged = ifNoneMatch !== null ? matchesEntityTag(ifNoneMatch, tag) : notModifiedSince(request.headers.get("if-modified-since"), lastModified);
  if (unchanged) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

/** The answer to a CORS preflight: only reading is offered. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "If-None-Match, If-Modified-Since",
      "access-control-max-age": "86400",
      allow: "GET, HEAD, OPTIONS",
    },
  });
}

/**
 * Runs a handler and turns anything it throws into a problem: 503 with
 * Retry-After, since what fails here is the database being away (the data
 * itself was checked on the way in), and the details go to the log only.
 */
export async function answerSafely(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error("The read API could not answer:", error);
    const response = problemResponse(503, "Service Unavailable", "The programme cannot be read just now. Try again in a minute.");
    response.headers.set("retry-after", "60");
    return response;
  }
}
