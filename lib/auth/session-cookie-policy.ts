// The cookies' names and attributes, decided by the site's public address
// (SITE_URL). Behind a TLS-terminating proxy the app itself sees plain http,
// so the request cannot be trusted to say whether people reach the site over
// https; the configured address can (it is already what every absolute link,
// calendar file and certificate QR code is built from).

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A browser someone has signed in on stays known for a year (see trusted-device.ts). */
export const DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export type SiteCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
};

/**
 * Over https: Secure, with the __Secure- prefix so that browsers refuse the
 * cookie from plain http or from a script. Always HttpOnly (scripts cannot
 * read it), SameSite=Lax (not sent on cross-site form posts or subresource
 * requests, still sent when someone follows a link to us) and Path=/.
 */
function siteCookie(baseName: string, siteUrl: string): SiteCookie {
  const secure = new URL(siteUrl).protocol === "https:";
  return { name: secure ? `__Secure-${baseName}` : baseName, options: { httpOnly: true, sameSite: "lax", path: "/", secure } };
}

/** The session: next-auth's encrypted JWT. */
export const sessionCookieFor = (siteUrl: string): SiteCookie => siteCookie("cpdweek.session-token", siteUrl);

/** The signed mark of a browser someone has signed in on before (lib/auth/trusted-device.ts). */
export const deviceCookieFor = (siteUrl: string): SiteCookie => siteCookie("cpdweek.device", siteUrl);
