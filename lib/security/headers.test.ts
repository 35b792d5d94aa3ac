import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  defaultResponseHeaders,
  isHttpsRequest,
  nextConfigHeaderRules,
  permissionsPolicy,
  staticSecurityHeaders,
} from "./headers";

/** The policy as directive name → sources, the way a browser reads it. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe("createNonce", () => {
  it("gives 128 random bits, base64, different every time", () => {
    const nonces = Array.from({ length: 500 }, createNonce);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(atob(nonce)).toHaveLength(16);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});

describe("contentSecurityPolicy for a page", () => {
  const policy = parse(contentSecurityPolicy({ nonce: "abc123==" }));

  it("runs only inline scripts with this response's nonce, and script files of this origin", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    // Chromium runs DOM-inserted inline scripts without a nonce under 'strict-dynamic'.
    expect(policy.get("script-src")).not.toContain("'strict-dynamic'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("allows inline style attributes but nonce-only <style> elements", () => {
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("locks down everything else", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
  });

  it("upgrades insecure requests only over https", () => {
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect(parse(contentSecurityPolicy({ nonce: "n", https: true })).get("upgrade-insecure-requests")).toEqual([]);
  });

  it("allows eval, and inline <style> for hot reloading, only in development", () => {
    const development = parse(contentSecurityPolicy({ nonce: "n", development: true }));
    expect(development.get("script-src")).toEqual(["'self'", "'nonce-n'", "'unsafe-eval'"]);
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("is one header line with no stray whitespace", () => {
    const text = contentSecurityPolicy({ nonce: "n", https: true, development: true });
    expect(text).not.toMatch(/[\n\r]|\s{2}|;\s*;/);
  });
});

describe("contentSecurityPolicy without a nonce (downloads, static files)", () => {
  const policy = parse(contentSecurityPolicy());

  it("allows no inline script at all", () => {
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });
});

describe("the headers of every response", () => {
  const headers = new Map(defaultResponseHeaders().map(({ key, value }) => [key, value]));

  it("has each header once, with lower-case names so the proxy's policy replaces this one", () => {
    const keys = defaultResponseHeaders().map(({ key }) => key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toBe(key.toLowerCase());
  });

  it("sends HSTS for two years with subdomains, and the other protections", () => {
    expect(headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("content-security-policy")).toBe(contentSecurityPolicy());
    expect(staticSecurityHeaders().some(({ key }) => key === "content-security-policy")).toBe(false);
  });

  it("turns off camera, microphone, geolocation and the other powerful features", () => {
    const policy = permissionsPolicy();
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) expect(policy).toContain(`${feature}=()`);
    expect(policy).toMatch(/^([a-z-]+=\(\)(, )?)+$/);
    expect(headers.get("permissions-policy")).toBe(policy);
  });
});

describe("isHttpsRequest", () => {
  it("believes the TLS-terminating proxy's x-forwarded-proto first", () => {
    expect(isHttpsRequest("http:", "https")).toBe(true);
    expect(isHttpsRequest("http:", "HTTPS, http")).toBe(true);
    expect(isHttpsRequest("https:", "http")).toBe(false);
  });

  it("falls back to the request's own protocol", () => {
    expect(isHttpsRequest("https:", null)).toBe(true);
    expect(isHttpsRequest("http:", null)).toBe(false);
    expect(isHttpsRequest("http:", "")).toBe(false);
  });
});

describe("frames", () => {
  it("an embed page's policy lists exactly the week's websites; every other page allows none", () => {
    expect(
      parse(contentSecurityPolicy({ nonce: "n", frameAncestors: ["https://intranet.example.gov.uk", "http://localhost:4000"] })).get("frame-ancestors"),
    ).toEqual(["https://intranet.example.gov.uk", "http://localhost:4000"]);
    expect(parse(contentSecurityPolicy({ nonce: "n", frameAncestors: [] })).get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("sends X-Frame-Options: DENY on every address but the embed pages", () => {
    const [all, frames] = nextConfigHeaderRules();
    expect(all!.source).toBe("/:path*");
    expect(all!.headers.some(({ key }) => key === "x-frame-options")).toBe(false);
    expect(frames!.headers).toEqual([{ key: "x-frame-options", value: "DENY" }]);
    const pattern = new RegExp(`^${frames!.source}$`);
    for (const path of ["/", "/programme", "/account", "/cy/programme", "/embedded", "/cy/embedded", "/api/v1/weeks"])
      expect(pattern.test(path), path).toBe(true);
    for (const path of ["/embed/weeks/social-work-week", "/cy/embed/weeks/social-work-week"]) expect(pattern.test(path), path).toBe(false);
  });
});
