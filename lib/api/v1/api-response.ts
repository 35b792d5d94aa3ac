import type { z } from "zod";
import { conditionalResponse } from "../../http/conditional-response";
import type { Problem } from "./api-schemas";

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
  return conditionalResponse(request, body, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": API_CACHE_CONTROL,
    ...CORS_HEADERS,
    ...extraHeaders,
  });
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
