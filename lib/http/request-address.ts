// Checks on a request's address before any page or route sees it.
//
// A malformed percent-escape ("/sessions/%E0%A4%A") makes Next.js's own
// decoding of route parameters throw, which it answers with a 500; no link of
// ours and no browser produces one, so it gets a plain 400 here instead.
// U+0000 (%00) can never be used either: passed on to PostgreSQL it fails the
// query ("invalid byte sequence").

export type AddressVerdict = { ok: true } | { ok: false; reason: string };

export const MALFORMED_ADDRESS = "That address is not valid: it contains a broken %-escape.";
export const NUL_IN_ADDRESS = "That address contains a character no page uses (U+0000).";

/** Decodes like the platform does; null when an escape is broken. */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * `pathname` and `search` as they arrived (still percent-encoded). Each path
 * segment and each query name and value is decoded on its own, as the router
 * and URLSearchParams do.
 */
export function checkRequestAddress(pathname: string, search: string): AddressVerdict {
  const query = search.startsWith("?") ? search.slice(1) : search;
  const parts = [...pathname.split("/"), ...query.split(/[&=]/).map((part) => part.replace(/\+/g, " "))];
  for (const part of parts) {
    if (!part.includes("%")) continue;
    const text = decoded(part);
    if (text === null) return { ok: false, reason: MALFORMED_ADDRESS };
    if (text.includes("\u0000")) return { ok: false, reason: NUL_IN_ADDRESS };
  }
  return { ok: true };
}

/**
 * The 400 for such an address: RFC 9457 problem details under the read API
 * (/api/v1, whose clients expect JSON), plain text elsewhere.
 */
export function refusedAddressAnswer(pathname: string, reason: string): { headers: Record<string, string>; body: string } {
  const base = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) {
    const problem = { type: "about:blank", title: "Bad Request", status: 400, detail: reason };
    return {
      headers: { ...base, "content-type": "application/problem+json; charset=utf-8", "access-control-allow-origin": "*" },
      body: JSON.stringify(problem),
    };
  }
  return { headers: { ...base, "content-type": "text/plain; charset=utf-8" }, body: reason };
}
