import { createHash } from "node:crypto";
import { ContentClock } from "./content-clock";

// Conditional GETs (RFC 9110 13) for what other programs poll: the read API,
// the schedule files and the calendar feeds. Each answer gets an ETag from its
// bytes and a Last-Modified from this process's content clock, and a client
// that already has it gets a 304. The page cache (lib/page-cache) answers the
// same questions from the stored answer's own ETag and Last-Modified.

const clock = new ContentClock();

export type Validators = { etag: string; lastModified: Date };

/** An ETag that changes whenever a byte of the answer does. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** The answer's ETag, and when this process first saw the address give it. */
export function validatorsFor(address: string, body: string): Validators {
  const etag = entityTag(body);
  return { etag, lastModified: clock.lastModified(address, etag) };
}

/** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEntityTag(header: string | null | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = tag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === opaque);
}

/** Whether an If-Modified-Since header is at or after the last change (HTTP dates have whole seconds). */
export function notModifiedSince(header: string | null | undefined, lastModified: Date): boolean {
  if (!header) return false;
  const since = Date.parse(header);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Whether the client already holds this answer: If-None-Match decides when present, If-Modified-Since only without it (RFC 9110 13.2.2). */
export function clientHasIt(
  conditions: { ifNoneMatch: string | null | undefined; ifModifiedSince: string | null | undefined },
  validators: { etag: string; lastModified: Date | null },
): boolean {
  if (conditions.ifNoneMatch !== null && conditions.ifNoneMatch !== undefined) return matchesEntityTag(conditions.ifNoneMatch, validators.etag);
  return validators.lastModified !== null && notModifiedSince(conditions.ifModifiedSince, validators.lastModified);
}

/** The headers that describe the validators. */
export function validatorHeaders(validators: Validators): Record<string, string> {
  return { etag: validators.etag, "last-modified": validators.lastModified.toUTCString() };
}

/** The body as a 200, or a 304 when the request's conditions say the client has it. */
export function conditionalResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const { pathname, search } = new URL(request.url);
  const validators = validatorsFor(pathname + search, body);
  const allHeaders = { ...validatorHeaders(validators), ...headers };
  const conditions = { ifNoneMatch: request.headers.get("if-none-match"), ifModifiedSince: request.headers.get("if-modified-since") };
  if (clientHasIt(conditions, validators)) {
    const { "content-type": _contentType, ...rest } = allHeaders;
    return new Response(null, { status: 304, headers: rest });
  }
  return new Response(body, { status: 200, headers: allHeaders });
}
