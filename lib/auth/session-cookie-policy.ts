// The session cookie's name and attributes, decided by the site's public
// address (SITE_URL). Behind a TLS-terminating proxy the app itself sees
// plain http, so the request cannot be trusted to say whether people reach
// the site over https; the configured address can (it is already what every
// absolute link, calendar file and certificate QR code is built from).

export type SessionCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
};

/**
 * Over https: Secure, with the __Secure- prefix so that browsers refuse the
 * cookie from plain http or from a script. Always HttpOnly (scripts cannot
 * read it), SameSite=Lax (not sent on cross-site form posts or subresource
 * requests, still sent when someone follows a link to us) and Path=/.
 */
export function sessionCookieFor(siteUrl: string): SessionCookie {
  const secure = new URL(siteUrl).protocol === "https:";
  return {
    name: secure ? "__Secure-cpdweek.session-token" : "cpdweek.session-token",
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}
