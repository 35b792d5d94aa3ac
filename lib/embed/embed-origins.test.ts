import { describe, expect, it } from "vitest";
import { embedOrigin, embedSettingsSchema } from "./embed-origins";

describe("websites that may frame a week's programme", () => {
  it.each([
    ["https://intranet.example.gov.uk", "https://intranet.example.gov.uk"],
    ["https://Intranet.Example.gov.uk/", "https://intranet.example.gov.uk"],
    ["https://intranet.example.gov.uk:8443", "https://intranet.example.gov.uk:8443"],
    ["https://cyngor.cymru", "https://cyngor.cymru"],
    ["https://gofal.cymru", "https://gofal.cymru"],
    ["https://bwrdd-iechyd-ŵy.cymru", "https://xn--bwrdd-iechyd-y-n9c.cymru"],
    ["http://localhost:4000", "http://localhost:4000"],
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080"],
  ])("takes %s as %s", (line, origin) => {
    expect(embedOrigin(line)).toBe(origin);
  });

  it.each([
    "intranet.example.gov.uk",
    "http://intranet.example.gov.uk",
    "https://intranet.example.gov.uk/news",
    "https://intranet.example.gov.uk/?a=1",
    "https://*.example.gov.uk",
    "https://user:pass@example.gov.uk",
    "javascript:alert(1)",
    "https://example.gov.uk; script-src *",
    "https://exa mple.gov.uk",
    "'self'",
    "*",
    "ftp://example.gov.uk",
  ])("refuses %s", (line) => {
    expect(embedOrigin(line)).toBeNull();
  });

  it("reads the textarea: one per line, blanks and repeats dropped, at most 10", () => {
    expect(embedSettingsSchema.parse({ eventId: "e1", embedOrigins: "https://a.example\r\n\n  https://b.example/ \nhttps://a.example" })).toEqual({
      eventId: "e1",
      embedOrigins: ["https://a.example", "https://b.example"],
    });
    expect(embedSettingsSchema.parse({ eventId: "e1", embedOrigins: "" }).embedOrigins).toEqual([]);
    const tooMany = Array.from({ length: 11 }, (_, index) => `https://site${index}.example`).join("\n");
    expect(embedSettingsSchema.safeParse({ eventId: "e1", embedOrigins: tooMany }).error?.issues[0]?.message).toBe("embedOriginsTooMany");
    expect(embedSettingsSchema.safeParse({ eventId: "e1", embedOrigins: "https://a.example\nnot a site" }).error?.issues[0]?.message).toBe(
      "embedOriginInvalid",
    );
    expect(embedSettingsSchema.safeParse({ eventId: "e1", embedOrigins: "https://a.example\u0000" }).error?.issues[0]?.message).toBe("controlCharacters");
  });
});
