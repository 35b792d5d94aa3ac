import { describe, expect, it } from "vitest";
import { LANGUAGE_COOKIE } from "../i18n/locale-routing";
import { cacheablePage } from "./cacheable-request";
import { MAX_AGE_MS, PLACES_LAG_MS, PageCache, isFresh, type CacheEntry } from "./page-cache";
import { pageWithNonce, storableFile, storablePage, type RenderedPage } from "./stored-page";

const NONCE = "k3bWq0c1Q2VfZGF0YV9ub25jZQ==";
const policy = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'`;

function rendered(overrides: Partial<RenderedPage> = {}): RenderedPage {
  return {
    status: 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": policy(NONCE),
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      vary: "rsc, Cookie",
      date: "Mon, 07 Dec 2026 01:00:00 GMT",
      "content-length": "999",
      "x-frame-options": "DENY",
    },
    body: Buffer.from(
      `<html><head><script nonce="${NONCE}" src="/_next/static/a.js"></script></head><body><h1>Rhaglen</h1><script nonce="${NONCE}">self.__next_f.push([1,"x"])</script></body></html>`,
    ),
    ...overrides,
  };
}

describe("which requests the shared page cache may answer", () => {
  const anonymous = { method: "GET", headers: { accept: "text/html" } };

  it("takes the public pages, in both languages, from a visitor with no cookie", () => {
    for (const url of [
      "/",
      "/programme?day=2025-03-18&theme=leadership",
      "/cy",
      "/cy/programme",
      "/sessions/a-slug",
      "/cy/speakers/dr-someone",
      "/themes/t",
      "/weeks",
      "/speakers",
      "/accessibility",
      "/privacy",
    ]) {
      expect(cacheablePage({ ...anonymous, url }), url).not.toBeNull();
    }
    expect(cacheablePage({ method: "HEAD", url: "/programme", headers: {} })?.key).toBe("http /programme");
    expect(cacheablePage({ ...anonymous, url: "/programme", headers: { "x-forwarded-proto": "https" } })?.key).toBe("https /programme");
  });

  it("never takes a request that carries a cookie or credentials, of any kind", () => {
    for (const headers of [{ cookie: "authjs.session-token=abc" }, { cookie: `${LANGUAGE_COOKIE}=cy` }, { cookie: "" }, { authorization: "Bearer x" }]) {
      expect(cacheablePage({ method: "GET", url: "/programme", headers })).toBeNull();
    }
  });

  it("leaves Next.js's router, prefetch and action requests, and every other method, to Next.js", () => {
    for (const name of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "next-url"]) {
      expect(cacheablePage({ method: "GET", url: "/programme", headers: { [name]: "1" } }), name).toBeNull();
    }
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", undefined]) expect(cacheablePage({ method, url: "/programme", headers: {} })).toBeNull();
  });

  it("takes the read API and each week's schedule files and calendar feeds as files, in both languages", () => {
    for (const url of [
      "/api/v1/weeks",
      "/api/v1/weeks/practice-week-2025/sessions?theme=leadership&page=2",
      "/api/v1/openapi.json",
      "/api/v1/speakers/dr-someone",
      "/weeks/practice-week-2025/schedule.xml",
      "/cy/weeks/practice-week-2025/schedule.json",
      "/weeks/w/calendar.ics",
      "/cy/themes/t-1/calendar.ics",
    ]) {
      expect(cacheablePage({ method: "GET", url, headers: {} })?.kind, url).toBe("file");
    }
    expect(cacheablePage({ method: "GET", url: "/programme", headers: {} })?.kind).toBe("page");
  });

  it("takes no private or personal page, and no unusual address", () => {
    for (const url of [
      "/account",
      "/cy/account",
      "/admin",
      "/admin/sessions",
      "/sign-in",
      "/certificates/verify/ABC",
      "/api/health",
      "/sessions/a/calendar.ics",
      "/cy/api/v1/weeks",
      "/api/v2/weeks",
      "/api/v1/weeks/a.b",
      "/weeks/../schedule.xml",
      "/weeks/a/schedule.xml.bak",
      "/weeks/-a/schedule.xml",
      "/account/calendar.ics",
      "/sessions/a.b",
      "/weeks/a/og-image.png",
      "/api/auth/session",
      "/en/programme",
      "/cy/cy/programme",
      "/programme/",
      "//programme",
      "/sessions/%41",
      "/Programme",
      "/sessions/a b",
      "programme",
      "/sessions/a\tb",
      "/sitemap.xml",
    ]) {
      expect(cacheablePage({ method: "GET", url, headers: {} }), url).toBeNull();
    }
  });
});

describe("a stored page", () => {
  it("gets a fresh nonce on every response, in its HTML and its policy, and nothing of the render's", () => {
    const page = storablePage(rendered());
    expect(page).not.toBeNull();
    const first = pageWithNonce(page!, "Zmlyc3Rub25jZV9fX19fXw==", { setLanguageCookie: false });
    const second = pageWithNonce(page!, "c2Vjb25kbm9uY2VfX19fXw==", { setLanguageCookie: false });
    for (const [response, nonce] of [
      [first, "Zmlyc3Rub25jZV9fX19fXw=="],
      [second, "c2Vjb25kbm9uY2VfX19fXw=="],
    ] as const) {
      expect(response.body).not.toContain(NONCE);
      expect(response.body.match(/nonce="[^"]*"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
      expect(Object.fromEntries(response.headers)["content-security-policy"]).toBe(policy(nonce));
    }
  });

  it("keeps the page's own headers but none that belong to one response", () => {
    const page = storablePage(rendered())!;
    const names = pageWithNonce(page, "n", { setLanguageCookie: true }).headers.map(([name]) => name);
    expect(names.sort()).toEqual(["cache-control", "content-security-policy", "content-type", "vary", "x-frame-options"]);
  });

  it("sets the language cookie of a Welsh page only on a page load", () => {
    const cookie = `${LANGUAGE_COOKIE}=cy; Path=/; Max-Age=31536000; HttpOnly; SameSite=lax`;
    const page = storablePage(rendered({ headers: { ...rendered().headers, "set-cookie": [cookie] } }))!;
    expect(pageWithNonce(page, "n", { setLanguageCookie: true }).headers).toContainEqual(["set-cookie", cookie]);
    expect(pageWithNonce(page, "n", { setLanguageCookie: false }).headers.some(([name]) => name === "set-cookie")).toBe(false);
  });

  it("is not kept when it is not a plain, cookie-free 200 HTML page with a nonce policy", () => {
    expect(storablePage(rendered({ status: 404 }))).toBeNull();
    expect(storablePage(rendered({ status: 500 }))).toBeNull();
    expect(storablePage(rendered({ headers: { ...rendered().headers, "set-cookie": ["authjs.session-token=abc; Path=/"] } }))).toBeNull();
    expect(storablePage(rendered({ headers: { ...rendered().headers, "content-type": "application/json" } }))).toBeNull();
    expect(storablePage(rendered({ headers: { ...rendered().headers, "content-encoding": "gzip" } }))).toBeNull();
    expect(storablePage(rendered({ headers: { ...rendered().headers, "content-security-policy": "default-src 'self'" } }))).toBeNull();
  });
});

describe("a stored file", () => {
  const file = (overrides: Partial<RenderedPage> = {}): RenderedPage => ({
    status: 200,
    headers: {
      "content-type": "application/json; charset=utf-8",
      etag: '"abc"',
      "last-modified": "Mon, 07 Dec 2026 01:00:00 GMT",
      "cache-control": "public, max-age=60",
      "access-control-allow-origin": "*",
      date: "Mon, 07 Dec 2026 01:00:05 GMT",
      "content-length": "11",
    },
    body: Buffer.from('{"data":[]}'),
    ...overrides,
  });

  it("keeps its bytes, its validators and its own headers, and none of one response", () => {
    const stored = storableFile(file())!;
    expect(stored.body.join("")).toBe('{"data":[]}');
    expect(stored.validators).toEqual({ etag: '"abc"', lastModified: new Date("2026-12-07T01:00:00Z") });
    expect(stored.headers.map(([name]) => name).sort()).toEqual(["access-control-allow-origin", "cache-control", "content-type", "etag", "last-modified"]);
  });

  it("is not kept unless it is a cookie-free 200 of the files' types with an ETag", () => {
    expect(storableFile(file({ status: 404 }))).toBeNull();
    expect(storableFile(file({ status: 304 }))).toBeNull();
    expect(storableFile(file({ headers: { ...file().headers, etag: undefined } }))).toBeNull();
    expect(storableFile(file({ headers: { ...file().headers, "set-cookie": ["x=1"] } }))).toBeNull();
    expect(storableFile(file({ headers: { ...file().headers, "content-type": "text/html; charset=utf-8" } }))).toBeNull();
    expect(storableFile(file({ headers: { ...file().headers, "content-type": "application/problem+json" } }))).toBeNull();
    for (const type of ["application/xml; charset=utf-8", "text/calendar; charset=utf-8"])
      expect(storableFile(file({ headers: { ...file().headers, "content-type": type } }))).not.toBeNull();
  });
});

describe("when a stored page may be served", () => {
  const entry = (at: number, programme = 1, places = 1): CacheEntry => ({ page: storablePage(rendered()), renderStartedAt: at, programme, places });
  const live = { programme: 1, places: 1, live: true };

  it("until the programme changes, at once", () => {
    expect(isFresh(entry(0), live, 10)).toBe(true);
    expect(isFresh(entry(0), { ...live, programme: 2 }, 10)).toBe(false);
  });

  it(`for at most ${PLACES_LAG_MS / 1000} s after a booking`, () => {
    const booked = { ...live, places: 2 };
    expect(isFresh(entry(0), booked, PLACES_LAG_MS - 1)).toBe(true);
    expect(isFresh(entry(0), booked, PLACES_LAG_MS)).toBe(false);
    expect(isFresh(entry(0), live, PLACES_LAG_MS * 5)).toBe(true);
  });

  it(`for at most ${MAX_AGE_MS / 1000} s in all`, () => {
    expect(isFresh(entry(0), live, MAX_AGE_MS - 1)).toBe(true);
    expect(isFresh(entry(0), live, MAX_AGE_MS)).toBe(false);
  });

  it("never while change notifications are not arriving", () => {
    const cache = new PageCache({ now: () => 5 });
    cache.store("k", entry(0));
    expect(cache.fresh("k", { ...live, live: false })).toBeUndefined();
    expect(cache.fresh("k", live)).toBeUndefined();
  });

  it("keeps within its bounds, dropping the least recently used", () => {
    const size = storablePage(rendered())!.size;
    const cache = new PageCache({ maxEntries: 3, maxBytes: size * 10, now: () => 5 });
    for (const key of ["a", "b", "c"]) cache.store(key, entry(0));
    expect(cache.fresh("a", live)).toBeDefined();
    cache.store("d", entry(0));
    expect(cache.fresh("b", live)).toBeUndefined();
    expect(["a", "c", "d"].map((key) => cache.fresh(key, live) !== undefined)).toEqual([true, true, true]);
    const small = new PageCache({ maxEntries: 100, maxBytes: size * 2, now: () => 5 });
    for (const key of ["a", "b", "c"]) small.store(key, entry(0));
    expect(small.size).toEqual({ entries: 2, bytes: size * 2 });
  });
});
