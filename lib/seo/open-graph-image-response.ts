import { htmlLang, type AppLocale } from "../i18n/locales";

// The answers of the share-image routes. An image is public and changes only
// when its session or week does (and then its address changes too: ?v= in
// share-image.ts), so browsers and shared caches may keep it for an hour and
// serve a stale copy for a day while they fetch a new one.

export const OPEN_GRAPH_IMAGE_CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";

export function openGraphImageResponse(png: Uint8Array<ArrayBuffer>, locale: AppLocale): Response {
  return new Response(png, {
    headers: {
      "content-type": "image/png",
      "content-length": String(png.byteLength),
      "content-language": htmlLang(locale),
      "cache-control": OPEN_GRAPH_IMAGE_CACHE_CONTROL,
      "x-content-type-options": "nosniff",
    },
  });
}

/** A plain 404 for a draft, unknown or malformed session or week: never a 500, whatever the address held. */
export function openGraphImageNotFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
