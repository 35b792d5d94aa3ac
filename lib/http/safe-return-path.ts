import { siteUrl } from "../env";

/** Longer return paths than this are not links anyone made by hand or by us. */
const MAX_RETURN_PATH_LENGTH = 2048;

/**
 * Where to send someone after signing in (or another form), from a value the
 * request carried: only a path on this site, so a crafted link cannot send
 * people elsewhere. The value is resolved the way a browser resolves it
 * (tabs and line breaks dropped, backslashes read as slashes, dot segments
 * removed) against SITE_URL, and kept only if it lands on the same origin and
 * was a path to begin with. What comes back is percent-encoded, so it is
 * always a valid Location header. Never pattern-match a redirect target:
 * browsers read "/\t/evil.example" as "//evil.example".
 */
export function safeReturnPath(target: unknown, fallback = "/account", base: string = siteUrl()): string {
  if (typeof target !== "string" || target.length === 0 || target.length > MAX_RETURN_PATH_LENGTH) return fallback;
  const site = new URL(base);
  let resolved: URL;
  try {
    resolved = new URL(target, site);
  } catch {
    return fallback;
  }
  if (resolved.origin !== site.origin) return fallback;
  // Only paths: an absolute address, even to this site, or a relative one
  // ("account") is not what our links carry. Checked on the value as the
  // browser would read it, without the characters it drops.
  const asRead = target.replace(/[\t\n\r]/g, "");
  if (!asRead.startsWith("/") || asRead.startsWith("//") || asRead.startsWith("/\\")) return fallback;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser
  // given it as a Location would read as another host.
  if (resolved.pathname.startsWith("//")) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
