import { localisePath, splitLocalePath } from "./locale-paths";
import { isAppLocale, type AppLocale } from "./locales";

// What the proxy does with each request's language (proxy.ts), as a plain
// function. Welsh pages live under /cy: the proxy serves them from the same
// route as the English page, telling it the language in a request header.
//
// The choice is remembered in a cookie: every Welsh page a person opens sets
// it to Welsh, and the language switch's way back to English (/en/…) sets it
// to English. An English address opened by someone whose cookie says Welsh
// leads to the Welsh page. A first visit is never sent anywhere by guesswork
// from Accept-Language: every page offers the switch instead.

/** The request header that tells pages their language. Set by the proxy on every request, never taken from the client. */
export const LOCALE_HEADER = "x-cpd-week-locale";
/** The page's address as English has it (path and query), for its hreflang links. Set by the proxy. */
export const PAGE_PATH_HEADER = "x-cpd-week-page";
/** Remembers the language a person chose (a year; functional, see the privacy notice). */
export const LANGUAGE_COOKIE = "cpd-week-language";
export const LANGUAGE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
/** The prefix only the language switch uses, to go back to English and remember it. */
export const ENGLISH_SWITCH_PREFIX = "/en";

export type LocaleRoute =
  /** Serve the route at `path` in `locale` (a rewrite when `path` differs from the address). */
  { kind: "serve"; locale: AppLocale; path: string; remember: AppLocale | null } | { kind: "redirect"; location: string; remember: AppLocale | null };

export type LocaleRequest = {
  pathname: string;
  /** The query string, with its "?" or empty. */
  search: string;
  /** The language cookie's value, if any. */
  cookie: string | undefined;
  /** A person opening a page (GET of an HTML document, not a prefetch, a router fetch or an action). */
  isPageNavigation: boolean;
};

export function routeLocale({ pathname, search, cookie, isPageNavigation }: LocaleRequest): LocaleRoute {
  if (pathname === ENGLISH_SWITCH_PREFIX || pathname.startsWith(`${ENGLISH_SWITCH_PREFIX}/`)) {
    const rest = pathname.slice(ENGLISH_SWITCH_PREFIX.length);
    // "/en//evil.example" must not become a Location of "//evil.example".
    const path = /^\/(?![/\\])/.test(rest) ? rest : "/";
    return { kind: "redirect", location: `${path}${search}`, remember: "en" };
  }
  const { locale, path } = splitLocalePath(pathname);
  if (locale === "cy") return { kind: "serve", locale, path, remember: isPageNavigation && cookie !== "cy" ? "cy" : null };
  const remembered = isAppLocale(cookie) ? cookie : null;
  if (remembered === "cy" && isPageNavigation) {
    const location = localisePath(`${path}${search}`, "cy");
    if (location !== `${path}${search}`) return { kind: "redirect", location, remember: null };
  }
  return { kind: "serve", locale: "en", path, remember: null };
}
