// The security headers of every response, built in one place: proxy.ts adds
// the per-request Content-Security-Policy (with a nonce) to pages, and
// next.config.ts headers() sends the rest, plus a nonce-free policy, on
// everything else (route handlers, downloads, /_next/static, public/ files).
// Plain TypeScript with no Next.js or Node imports, so next.config.ts, the
// proxy and the unit tests can all load it.

export type HeaderEntry = { key: string; value: string };

export type PolicyOptions = {
  /** A fresh random value for this response, or undefined for responses that are not pages. */
  nonce?: string;
  /** `next dev`: React reconstructs server errors with eval, so scripts need 'unsafe-eval'. */
  development?: boolean;
  /** Served over https: ask the browser to upgrade any http:// subresource. */
  https?: boolean;
  /**
   * The origins that may show this page in a frame (an embed page, for the
   * websites its week lists); none for every other page.
   */
  frameAncestors?: readonly string[];
};

/** 128 random bits from the platform's cryptographic generator, base64-encoded (24 characters). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development = false, https = false, frameAncestors = [] }: PolicyOptions = {}): string {
  // Inline scripts run only with this response's nonce (Next.js puts it on
  // its own); script files only from this origin, which serves no script but
  // the build's chunks (downloads go out with their own types and nosniff, so
  // browsers refuse them as script). No 'strict-dynamic': Chromium lets it
  // run any inline <script> that code adds through the DOM, nonce or not,
  // which would let one careless line of ours turn text into script. The site
  // loads no third-party scripts, so it does not need what 'strict-dynamic'
  // is for.
  const scripts = ["'self'"];
  if (nonce) scripts.push(`'nonce-${nonce}'`);
  if (development) scripts.push("'unsafe-eval'");

  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts],
    // <style> and stylesheet elements: our CSS file, and inline <style> only
    // with this response's nonce (Next.js adds it to the ones it writes).
    // `next dev` injects styles for hot reloading without one.
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : nonce ? [`'nonce-${nonce}'`] : [])],
    // style="" attributes: React renders the theme colour swatches and the
    // charts' print colours as style attributes, which cannot carry a nonce.
    // A style attribute cannot run script, so allowing them inline is safe
    // (script-src stays strict); <style> elements stay nonce-only above.
    ["style-src-attr", "'unsafe-inline'"],
    // data: for small images written into CSS or SVG (favicon, icons).
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    // Nobody may put our pages in a frame (clickjacking of booking and account
    // forms), except the websites a week lists for its embed page, which has no form but a filter.
    ["frame-ancestors", ...(frameAncestors.length ? frameAncestors : ["'none'"])],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Headers that are the same on every response. */
export function staticSecurityHeaders(): HeaderEntry[] {
  return [
    // Two years, all subdomains: browsers ignore it over plain http.
    { key: "strict-transport-security", value: "max-age=63072000; includeSubDomains" },
    // Other sites learn only our origin, never a page address (they can hold ids or search terms).
    { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
    { key: "x-content-type-options", value: "nosniff" },
    // frame-ancestors 'none' says the same to current browsers; this is for older ones.
    { key: "x-frame-options", value: "DENY" },
    { key: "permissions-policy", value: permissionsPolicy() },
    // Pages opened from other sites cannot script ours through window.opener.
    { key: "cross-origin-opener-policy", value: "same-origin" },
  ];
}

/** No page of the site uses any of these browser features, so no page (or anything framed) may ask for them. */
export function permissionsPolicy(): string {
  const features = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
  ];
  return features.map((feature) => `${feature}=()`).join(", ");
}

/**
 * Everything for next.config.ts headers(): the static headers and a CSP
 * without a nonce. Pages get proxy.ts's nonce policy instead (the proxy's
 * header replaces this one); everything else keeps this policy, which allows
 * no inline script at all.
 */
export function defaultResponseHeaders({ development = false }: { development?: boolean } = {}): HeaderEntry[] {
  return [{ key: "content-security-policy", value: contentSecurityPolicy({ development }) }, ...staticSecurityHeaders()];
}

/**
 * next.config.ts headers(): the default headers on every address, except that
 * the embed pages (/embed/…, /cy/embed/…) go without X-Frame-Options: their
 * CSP frame-ancestors (set by proxy.ts) lets the week's listed websites frame
 * them, and an X-Frame-Options: DENY beside it would contradict that.
 */
export function nextConfigHeaderRules({ development = false }: { development?: boolean } = {}): Array<{ source: string; headers: HeaderEntry[] }> {
  const all = defaultResponseHeaders({ development });
  return [
    { source: "/:path*", headers: all.filter(({ key }) => key !== "x-frame-options") },
    { source: "/((?!embed/|cy/embed/).*)", headers: all.filter(({ key }) => key === "x-frame-options") },
  ];
}

/** Whether the request reached us over https, directly or through a TLS-terminating proxy. */
export function isHttpsRequest(protocol: string, forwardedProto: string | null): boolean {
  const forwarded = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return protocol === "https:";
}
