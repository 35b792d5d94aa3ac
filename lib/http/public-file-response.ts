import { conditionalResponse } from "./conditional-response";

// The answers of the public files other programs fetch: the Frab schedule
// files and the week's and themes' calendar feeds. Anyone may read them, from
// any site (a council's intranet page, a conference app in a browser), and
// shared caches may keep them for a few minutes: conference apps and
// calendar apps poll, and organisers' changes should reach them soon.

export const PUBLIC_FILE_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=300";

/** The file, with an ETag and a Last-Modified, or a 304 for a client that already has it. */
export function publicFileResponse(request: Request, body: string, contentType: string, headers: Record<string, string> = {}): Response {
  return conditionalResponse(request, body, {
    "content-type": contentType,
    "cache-control": PUBLIC_FILE_CACHE_CONTROL,
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "ETag, Last-Modified",
    ...headers,
  });
}

/** A plain 404 for a week or theme that is not published (or not there): never a 500, whatever the address held. */
export function publicFileNotFound(what: string): Response {
  return new Response(`${what} not found\n`, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "access-control-allow-origin": "*" },
  });
}
