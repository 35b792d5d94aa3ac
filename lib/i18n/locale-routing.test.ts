import { describe, expect, it } from "vitest";
import { routeLocale, type LocaleRequest } from "./locale-routing";

const request = (pathname: string, rest: Partial<LocaleRequest> = {}): LocaleRequest => ({
  pathname,
  search: "",
  cookie: undefined,
  isPageNavigation: true,
  ...rest,
});

describe("routeLocale", () => {
  it("serves English addresses in English, never guessing from anything but the cookie", () => {
    expect(routeLocale(request("/programme"))).toEqual({ kind: "serve", locale: "en", path: "/programme", remember: null });
  });

  it("serves /cy addresses in Welsh from the English route, and remembers Welsh", () => {
    expect(routeLocale(request("/cy/programme", { search: "?day=x" }))).toEqual({ kind: "serve", locale: "cy", path: "/programme", remember: "cy" });
    expect(routeLocale(request("/cy"))).toEqual({ kind: "serve", locale: "cy", path: "/", remember: "cy" });
    expect(routeLocale(request("/cy/programme", { cookie: "cy" })).remember).toBeNull();
    // A prefetch or a server action does not set the cookie.
    expect(routeLocale(request("/cy/programme", { isPageNavigation: false })).remember).toBeNull();
  });

  it("takes someone who chose Welsh from an English address to the Welsh page", () => {
    expect(routeLocale(request("/programme", { search: "?day=x", cookie: "cy" }))).toEqual({
      kind: "redirect",
      location: "/cy/programme?day=x",
      remember: null,
    });
    expect(routeLocale(request("/", { cookie: "cy" }))).toEqual({ kind: "redirect", location: "/cy", remember: null });
  });

  it("does not redirect router fetches, actions, downloads or language-neutral addresses", () => {
    expect(routeLocale(request("/programme", { cookie: "cy", isPageNavigation: false })).kind).toBe("serve");
    expect(routeLocale(request("/calendar/abc", { cookie: "cy" })).kind).toBe("serve");
    expect(routeLocale(request("/sitemap.xml", { cookie: "cy" })).kind).toBe("serve");
  });

  it("ignores a cookie it does not know", () => {
    expect(routeLocale(request("/programme", { cookie: "fr" })).kind).toBe("serve");
  });

  it("goes back to English through /en, remembering it", () => {
    expect(routeLocale(request("/en/programme", { search: "?day=x", cookie: "cy" }))).toEqual({
      kind: "redirect",
      location: "/programme?day=x",
      remember: "en",
    });
    expect(routeLocale(request("/en"))).toEqual({ kind: "redirect", location: "/", remember: "en" });
  });

  it("never turns /en into a redirect to another site", () => {
    for (const pathname of ["/en//evil.example/x", "/en/\\evil.example", "/en/%5C%5Cevil.example"]) {
      const route = routeLocale(request(pathname));
      expect(route.kind).toBe("redirect");
      const location = route.kind === "redirect" ? route.location : "";
      expect(new URL(location, "https://cpdweek.example").origin, pathname).toBe("https://cpdweek.example");
    }
  });

  it("does not mistake words that begin with cy or en for a language", () => {
    expect(routeLocale(request("/cymraeg")).kind).toBe("serve");
    expect(routeLocale(request("/english")).kind).toBe("serve");
  });
});
