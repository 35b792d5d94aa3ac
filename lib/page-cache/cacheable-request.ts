import { splitLocalePath } from "../i18n/locale-paths";
import { isHttpsRequest } from "../security/headers";

// Which requests the shared page cache may answer (lib/page-cache/page-cache.ts,
// docs/decisions/0010-anonymous-page-cache.md). Only a visitor we know
// nothing about: no cookie of any kind (a signed-in person's page is always
// rendered for them, and a cookie-carrying request never gets or fills a
// shared page), no credentials, not a Next.js router or action request (those
// ask for other things than the HTML page), and only the public programme
// pages, in either language, and the public files other programs poll (the
// read API, the schedule files, the week's and themes' calendar feeds).
// Everything else goes to Next.js as before.

/** The public pages: the same for every visitor who is not signed in. */
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/programme$/,
  /^\/weeks$/,
  /^\/speakers$/,
  /^\/accessibility$/,
  /^\/developers$/,
  /^\/privacy$/,
  /^\/(sessions|speakers|themes)\/[^/]+$/,
];

/** What other programs fetch: the read API, and each published week's schedule files and calendar feeds (either language). */
const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const PUBLIC_API = /^\/api\/v1(\/[a-z0-9-]+)*(\/openapi\.json)?$/;
const PUBLIC_FILES = [new RegExp(`^/weeks/${SLUG}/(schedule\\.xml|schedule\\.json|calendar\\.ics)$`), new RegExp(`^/themes/${SLUG}/calendar\\.ics$`)];

/** Request headers that mean "not a plain page load by an anonymous visitor". */
const DISQUALIFYING_HEADERS = ["cookie", "authorization", "rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "next-url"];

export type PageRequest = {
  method?: string;
  /** The address as sent: path and query. */
  url?: string;
  headers: Record<string, string | string[] | undefined>;
};

export type CacheablePage = {
  /** What the stored page is filed under: the scheme the visitor used, the path and the query exactly as sent. */
  key: string;
  pathname: string;
  search: string;
  https: boolean;
  /** A page (HTML, a nonce per response, the language cookie) or a file (kept byte for byte, with its ETag). */
  kind: "page" | "file";
};

export function cacheablePage(request: PageRequest): CacheablePage | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  for (const name of DISQUALIFYING_HEADERS) if (request.headers[name] !== undefined) return null;
  const url = request.url ?? "";
  if (!url.startsWith("/")) return null;
  const queryStart = url.indexOf("?");
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const search = queryStart === -1 ? "" : url.slice(queryStart);
  // The address as Next.js routes it: a path with anything unusual in it (an
  // escape, a double slash, a trailing slash Next.js redirects) is left to Next.js.
  if (!/^[/a-z0-9.-]*$/.test(pathname) || pathname.includes("//") || (pathname.length > 1 && pathname.endsWith("/"))) return null;
  const { path } = splitLocalePath(pathname);
  const kind = pathname.includes(".") || PUBLIC_API.test(pathname) ? "file" : "page";
  const known =
    kind === "file" ? PUBLIC_API.test(pathname) || PUBLIC_FILES.some((pattern) => pattern.test(path)) : PUBLIC_PAGES.some((pattern) => pattern.test(path));
  if (!known) return null;
  const forwarded = request.headers["x-forwarded-proto"];
  const https = isHttpsRequest("http:", typeof forwarded === "string" ? forwarded : null);
  return { key: `${https ? "https" : "http"} ${pathname}${search}`, pathname, search, https, kind };
}
