import { describe, expect, it } from "vitest";
import { isOwnOrigin } from "./own-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isOwnOrigin", () => {
  it("without SITE_URL, accepts the host the browser addressed, whichever name it used", () => {
    expect(isOwnOrigin("http://127.0.0.1:3000", headers({ host: "127.0.0.1:3000" }), undefined)).toBe(true);
    expect(isOwnOrigin("http://localhost:3000", headers({ host: "localhost:3000" }), undefined)).toBe(true);
    expect(isOwnOrigin("http://127.0.0.1:3000", headers({ host: "127.0.0.1:3000", "x-forwarded-host": "127.0.0.1:3000" }), undefined)).toBe(true);
  });

  it("without SITE_URL, refuses another host, port or a nonsense origin", () => {
    expect(isOwnOrigin("http://evil.example", headers({ host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isOwnOrigin("http://127.0.0.1:3001", headers({ host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isOwnOrigin("null", headers({ host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isOwnOrigin("file://127.0.0.1:3000", headers({ host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isOwnOrigin("http://127.0.0.1:3000", headers({}), undefined)).toBe(false);
  });

  it("with SITE_URL, accepts exactly its origin", () => {
    expect(isOwnOrigin("https://cpdweek.example.org", headers({ host: "10.0.0.5:3000" }), "https://cpdweek.example.org/")).toBe(true);
    expect(isOwnOrigin("http://cpdweek.example.org", headers({ host: "cpdweek.example.org" }), "https://cpdweek.example.org")).toBe(false);
    expect(isOwnOrigin("https://evil.example", headers({ host: "evil.example" }), "https://cpdweek.example.org")).toBe(false);
  });
});
