// Whether a request's Origin header names this site. With SITE_URL set, that
// is its origin (scheme, host and port); without it (the zero-configuration
// start) it is the host the request came to, as the browser addressed it:
// http://127.0.0.1:3000 and http://localhost:3000 are both this site then.
// Comparing with new URL(request.url).origin does not work: Next.js builds
// request.url from its own idea of the host ("localhost"), not the browser's.

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}

/** The host the browser addressed (Next.js sets X-Forwarded-Host from Host when no trusted proxy did). */
export function addressedHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

export function isOwnOrigin(origin: string, headers: Headers, configuredSiteUrl: string | undefined): boolean {
  if (configuredSiteUrl) {
    try {
      return new URL(origin).origin === new URL(configuredSiteUrl).origin;
    } catch {
      return false;
    }
  }
  const host = hostOf(origin);
  return host !== null && host === addressedHost(headers);
}
