import { LANGUAGE_COOKIE } from "../i18n/locale-routing";

// A page rendered for an anonymous visitor, kept so that the next visitors get
// it without a render. The Content-Security-Policy stays a fresh nonce per
// response: the page is stored split at its render's nonce (in the HTML and in
// the headers), and each response joins the pieces with a new one. So every
// response still has its own unguessable nonce on Next.js's scripts, exactly
// as a rendered page does, and an injected script cannot run.
//
// A public file (an API answer, a schedule file, a calendar feed) is kept
// byte for byte with its ETag and Last-Modified, so that the cache can answer
// conditional requests with a 304 and gzip it once.

export type RenderedPage = {
  status: number;
  /** Response headers as Node.js gives them (lower-case names). */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

export type StoredPage = {
  /** The HTML, split wherever the render's nonce was. */
  body: string[];
  /** Headers to send, each value split at the nonce; no Set-Cookie, no per-response headers. */
  headers: Array<[string, string[]]>;
  /** The language cookie the page sets on a page load (Welsh pages remember Welsh), or null. */
  languageCookie: string | null;
  /** Bytes held, for the cache's bound. */
  size: number;
  /** A file's validators, for conditional requests; null for a page. */
  validators: { etag: string; lastModified: Date | null } | null;
  /** A file's body gzipped, made on first use (a page differs per response, by its nonce). */
  gzipped?: Buffer;
};

/** Headers that belong to one response or one connection, never to a stored page. */
const PER_RESPONSE_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "set-cookie",
  "age",
  "etag",
  "last-modified",
]);
/** A file keeps its validators. */
const PER_FILE_RESPONSE_HEADERS = new Set([...PER_RESPONSE_HEADERS].filter((name) => name !== "etag" && name !== "last-modified"));
/** The files the cache keeps: the read API's JSON, the Frab XML and JSON, the calendar feeds. */
const FILE_TYPES = ["application/json", "application/xml", "text/calendar"];
const NONCE_SOURCE = /'nonce-([A-Za-z0-9+/=_-]{16,})'/;

/**
 * The page as it can be kept and shared, or null when it must not be: only a
 * 200 HTML page whose policy carries a nonce, setting no cookie but the language one.
 */
export function storablePage(rendered: RenderedPage): StoredPage | null {
  if (rendered.status !== 200) return null;
  const contentType = single(rendered.headers["content-type"]);
  if (!contentType?.startsWith("text/html")) return null;
  if (rendered.headers["content-encoding"] !== undefined && single(rendered.headers["content-encoding"]) !== "identity") return null;
  const nonce = NONCE_SOURCE.exec(single(rendered.headers["content-security-policy"]) ?? "")?.[1];
  if (!nonce) return null;

  const cookies = [rendered.headers["set-cookie"] ?? []].flat();
  if (cookies.some((cookie) => !cookie.startsWith(`${LANGUAGE_COOKIE}=`))) return null;
  const languageCookie = cookies[0] ?? null;

  const html = rendered.body.toString("utf8");
  const body = html.split(nonce);
  const headers: Array<[string, string[]]> = [];
  for (const [name, value] of Object.entries(rendered.headers)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
    for (const item of [value].flat()) headers.push([name, item.split(nonce)]);
  }
  return { body, headers, languageCookie, size: html.length + 512, validators: null };
}

/**
 * A public file as it can be kept and shared, or null when it must not be:
 * only a 200 of one of the files' types with an ETag, setting no cookie.
 */
export function storableFile(rendered: RenderedPage): StoredPage | null {
  if (rendered.status !== 200) return null;
  const contentType = single(rendered.headers["content-type"]) ?? "";
  if (!FILE_TYPES.some((type) => contentType.startsWith(type))) return null;
  if (rendered.headers["content-encoding"] !== undefined && single(rendered.headers["content-encoding"]) !== "identity") return null;
  if (rendered.headers["set-cookie"] !== undefined) return null;
  const etag = single(rendered.headers.etag);
  if (!etag) return null;
  const modified = Date.parse(single(rendered.headers["last-modified"]) ?? "");

  const text = rendered.body.toString("utf8");
  const headers: Array<[string, string[]]> = [];
  for (const [name, value] of Object.entries(rendered.headers)) {
    if (value === undefined || PER_FILE_RESPONSE_HEADERS.has(name)) continue;
    for (const item of [value].flat()) headers.push([name, [item]]);
  }
  return {
    body: [text],
    headers,
    languageCookie: null,
    size: text.length * 2 + 512,
    validators: { etag, lastModified: Number.isFinite(modified) ? new Date(modified) : null },
  };
}

export type PageResponse = { headers: Array<[string, string]>; body: string };

/** The stored page as one response, with `nonce` wherever the render had its own. */
export function pageWithNonce(page: StoredPage, nonce: string, options: { setLanguageCookie: boolean }): PageResponse {
  const headers: Array<[string, string]> = page.headers.map(([name, pieces]) => [name, pieces.join(nonce)]);
  if (options.setLanguageCookie && page.languageCookie) headers.push(["set-cookie", page.languageCookie]);
  return { headers, body: page.body.join(nonce) };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
