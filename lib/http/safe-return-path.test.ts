import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

const SITE = "http://localhost:3000";
/** Strings made of the pieces that confuse URL parsers: slashes, backslashes, dots, whitespace, control characters, escapes. */
const returnPathLike = fc
  .array(
    fc.constantFrom(
      "/",
      "\\",
      ".",
      "%2e",
      "%2f",
      "%5c",
      "\t",
      "\n",
      "\r",
      " ",
      "\u0000",
      "\u007f",
      "\u2028",
      "%",
      "%E0%A4%A",
      "?",
      "#",
      "@",
      ":",
      "evil.example",
      "localhost:3000",
      "http:",
      "ŵ",
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

const path = (target: unknown, fallback = "/account") => safeReturnPath(target, fallback, SITE);

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(path("/sessions/a-session?week=2025#book")).toBe("/sessions/a-session?week=2025#book");
    expect(path("/account/cpd")).toBe("/account/cpd");
  });

  it("percent-encodes what it keeps, so the Location header can always be written", () => {
    expect(path("/programme?q=gofal cymdeithasol")).toBe("/programme?q=gofal%20cymdeithasol");
    expect(path("/sessions/ŵy")).toBe("/sessions/%C5%B5y");
  });

  // Browsers drop tabs and line breaks from URLs, so "/\t/evil.example" is "//evil.example".
  it.each([
    "/\t/evil.example/phish",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    "/%2e//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "http://localhost:3000.evil.example/",
    "evil.example",
    "",
  ])("sends %j to the fallback instead of another site", (target) => {
    expect(path(target)).toBe("/account");
  });

  it("keeps a path with spaces on this site, encoded", () => {
    expect(path("/ /evil.example")).toBe("/%20/evil.example");
  });

  it("never returns a value a browser would read as another site, or that cannot be a header, whatever it is given", () => {
    fc.assert(
      fc.property(returnPathLike, (target) => {
        const result = path(target);
        expect(result).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
        expect(new URL(result, SITE).origin).toBe(SITE);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it("refuses values that are not a single string, and absurdly long ones", () => {
    expect(path(undefined)).toBe("/account");
    expect(path(["/account/cpd", "/x"])).toBe("/account");
    expect(path(`/${"a".repeat(3000)}`)).toBe("/account");
    expect(path("//evil.example", "/programme")).toBe("/programme");
  });

  it("does not follow an absolute address even to this site's own origin (only paths are returned)", () => {
    expect(path("http://localhost:3000/account/cpd")).toBe("/account");
  });
});
