import { describe, expect, it } from "vitest";
import { isHttpsLink, linkDomain, linkProblem, MAX_LINK_LENGTH, normalisedLink } from "./resource-link";

describe("a resource link", () => {
  it.each([
    "https://socialcare.wales/cpd",
    "https://www.gov.wales/social-services-and-well-being-wales-act-2014?lang=en#part-2",
    "https://glanuskcc.sharepoint.com/:p:/s/practiceweek/EabC123?e=xYz",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk4%40thread.v2/0",
    "HTTPS://Example.ORG/Slides.pdf",
    "https://xn--bcher-kva.example/",
  ])("accepts %s", (link) => {
    expect(linkProblem(link)).toBeNull();
    expect(isHttpsLink(link)).toBe(true);
  });

  it.each([
    ["", "urlRequired"],
    ["http://socialcare.wales/cpd", "urlNotHttps"],
    ["javascript:alert(1)", "urlNotHttps"],
    ["JavaScript://example.org/%0aalert(1)", "urlNotHttps"],
    ["data:text/html,<script>alert(1)</script>", "urlNotHttps"],
    ["ftp://files.example.org/slides.pdf", "urlNotHttps"],
    ["mailto:someone@example.org", "urlNotHttps"],
    ["socialcare.wales/cpd", "urlInvalid"],
    ["//socialcare.wales/cpd", "urlInvalid"],
    ["https:socialcare.wales", "urlInvalid"],
    ["https:\\\\socialcare.wales", "urlInvalid"],
    ["https://", "urlInvalid"],
    ["https:///slides.pdf", "urlInvalid"],
    ["https://localhost/slides", "urlInvalid"],
    ["https://intranet/slides", "urlInvalid"],
    ["https://192.168.0.1/slides", "urlInvalid"],
    ["https://[::1]/slides", "urlInvalid"],
    ["https://example.org./slides", "urlInvalid"],
    ["https://-bad.example.org/", "urlInvalid"],
    ["https://exa mple.org/slides", "urlSpaces"],
    ["https://example.org/my slides.pdf", "urlSpaces"],
    ["https://example.org/\tslides", "urlSpaces"],
    ["https://example.org/\r\nslides", "urlSpaces"],
    ["https://example.org/\u0000", "urlSpaces"],
    ["https://example.org/\u200bslides", "urlSpaces"],
    ["https://example.org/\u00a0slides", "urlSpaces"],
    ["https://user:secret@example.org/slides", "urlCredentials"],
    ["https://user@example.org/slides", "urlCredentials"],
    [`https://example.org/${"a".repeat(MAX_LINK_LENGTH)}`, "urlTooLong"],
  ])("refuses %j (%s)", (link, problem) => {
    expect(linkProblem(link)).toBe(problem);
    expect(isHttpsLink(link)).toBe(false);
  });

  it("is stored as the browser will read it", () => {
    expect(normalisedLink("HTTPS://Example.ORG/Slides.pdf")).toBe("https://example.org/Slides.pdf");
    expect(normalisedLink("https://bücher.example/")).toBe("https://xn--bcher-kva.example/");
    expect(normalisedLink(normalisedLink("https://example.org/a?b=c"))).toBe("https://example.org/a?b=c");
  });

  it("shows its domain without www.", () => {
    expect(linkDomain("https://www.gov.wales/guidance")).toBe("gov.wales");
    expect(linkDomain("https://glanuskcc.sharepoint.com/:p:/s/x")).toBe("glanuskcc.sharepoint.com");
    expect(linkDomain("https://wwwexample.org/")).toBe("wwwexample.org");
    // A look-alike international name is shown as its punycode, never as the familiar name it imitates.
    expect(linkDomain(normalisedLink("https://раypal.com/"))).toMatch(/^xn--/);
  });
});
