import { defaultLocale, type AppLocale } from "./locales";

// Addresses in each language: English at today's addresses, Welsh at the same
// address under /cy ("/cy/programme?day=…" is "/programme?day=…" in Welsh).
// Plain functions, used by the proxy, links, redirects, emails and the sitemap.

export const WELSH_PREFIX = "/cy";

/** Addresses that are the same in both languages: API endpoints, personal calendar feeds (in the account's language), the sitemap (both languages) and robots.txt. */
const LANGUAGE_NEUTRAL = [/^\/api(\/|$)/, /^\/calendar\//, /^\/_next\//, /^\/(sitemap\.xml|robots\.txt|favicon\.svg)$/];

export function isLanguageNeutral(path: string): boolean {
  return LANGUAGE_NEUTRAL.some((pattern) => pattern.test(path));
}

/** The language an address is in, and the address as English has it (without /cy). */
export function splitLocalePath(pathname: string): { locale: AppLocale; path: string } {
  if (pathname === WELSH_PREFIX) return { locale: "cy", path: "/" };
  if (pathname.startsWith(`${WELSH_PREFIX}/`)) return { locale: "cy", path: pathname.slice(WELSH_PREFIX.length) };
  return { locale: defaultLocale, path: pathname };
}

/**
 * A link on this site, in the given language: "/programme?day=2" becomes
 * "/cy/programme?day=2" in Welsh. Anything that is not a path on this site
 * (another site, "#part", "?page=2", a relative path) is left alone, as is a
 * path already in Welsh and a language-neutral one.
 */
export function localisePath(href: string, locale: AppLocale): string {
  if (locale === defaultLocale || !href.startsWith("/") || href.startsWith("//") || href.startsWith("/\\")) return href;
  const pathEnd = href.search(/[?#]/);
  const path = pathEnd === -1 ? href : href.slice(0, pathEnd);
  const rest = pathEnd === -1 ? "" : href.slice(pathEnd);
  if (splitLocalePath(path).locale === "cy" || isLanguageNeutral(path)) return href;
  return `${path === "/" ? WELSH_PREFIX : `${WELSH_PREFIX}${path}`}${rest}`;
}

/**
 * The same page in another language: the path without any /cy, then put in
 * `target`; the query string (programme filters) and fragment are kept.
 */
export function samePageIn(target: AppLocale, pathname: string, search = ""): string {
  const { path } = splitLocalePath(pathname);
  const query = search && !search.startsWith("?") ? `?${search}` : search;
  return localisePath(`${path}${query === "?" ? "" : query}`, target);
}
