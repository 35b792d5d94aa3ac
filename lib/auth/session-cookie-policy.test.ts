import { describe, expect, it } from "vitest";
import { sessionCookieFor } from "./session-cookie-policy";

describe("sessionCookieFor", () => {
  it("is Secure and __Secure- prefixed when the site is served over https", () => {
    expect(sessionCookieFor("https://cpdweek.example.org")).toEqual({
      name: "__Secure-cpdweek.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });

  it("stays HttpOnly, SameSite=Lax and Path=/ over plain http (local use and tests)", () => {
    expect(sessionCookieFor("http://localhost:3000")).toEqual({
      name: "cpdweek.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });

  it("reads the scheme, not the spelling of the address", () => {
    expect(sessionCookieFor("HTTPS://CPDWEEK.EXAMPLE.ORG/").options.secure).toBe(true);
    expect(sessionCookieFor("http://https.example.org").options.secure).toBe(false);
  });
});
