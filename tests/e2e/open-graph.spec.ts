import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";

// Issue 16: links to a session or a week shared on social media and in Teams
// show an image the site draws (lib/seo/render-open-graph-image.tsx), in the
// page's language, and search engines get the same image in the Event data.

async function meta(page: Page, attribute: "property" | "name", key: string): Promise<string> {
  return (await page.locator(`meta[${attribute}="${key}"]`).first().getAttribute("content")) ?? "";
}

/** Fetches a share image and checks it is a public 1200×630 PNG. */
async function expectShareImage(request: APIRequestContext, url: string, language: "en-GB" | "cy") {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["content-language"]).toBe(language);
  expect(response.headers()["cache-control"]).toMatch(/^public, max-age=\d+/);
  const png = PNG.sync.read(await response.body());
  expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
  return png;
}

test.describe("share images (Open Graph)", () => {
  test("a session page in English points og:image and twitter:image at its image, which is a 1200×630 PNG", async ({ page, request, baseURL }) => {
    await page.goto(`/sessions/${demoSlugs.worldSocialWorkDay}`);
    const image = await meta(page, "property", "og:image");
    expect(image).toMatch(new RegExp(`^${baseURL}/sessions/${demoSlugs.worldSocialWorkDay}/og-image\\.png\\?v=[0-9a-f]{12}$`));
    expect(await meta(page, "property", "og:image:width")).toBe("1200");
    expect(await meta(page, "property", "og:image:height")).toBe("630");
    expect(await meta(page, "property", "og:image:type")).toBe("image/png");
    expect(await meta(page, "property", "og:image:alt")).toMatch(/^“How do we use data.*Tuesday 18 March 2025 · 10:00–11:30 GMT\./);
    expect(await meta(page, "property", "og:locale")).toBe("en_GB");
    expect(await meta(page, "name", "twitter:card")).toBe("summary_large_image");
    expect(await meta(page, "name", "twitter:image")).toBe(image);
    expect(await meta(page, "name", "twitter:image:alt")).toBe(await meta(page, "property", "og:image:alt"));
    // Search engines get the same image in the session's schema.org Event.
    const [block] = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect((JSON.parse(block ?? "{}") as { image?: string }).image).toBe(image);
    await expectShareImage(request, image, "en-GB");
  });

  test("the Welsh page has the Welsh image under /cy, described in Welsh", async ({ page, request, baseURL }) => {
    await page.goto(`/cy/sessions/${demoSlugs.worldSocialWorkDay}`);
    const image = await meta(page, "property", "og:image");
    expect(image).toMatch(new RegExp(`^${baseURL}/cy/sessions/${demoSlugs.worldSocialWorkDay}/og-image\\.png\\?v=[0-9a-f]{12}$`));
    expect(await meta(page, "property", "og:image:alt")).toContain("Dydd Mawrth 18 Mawrth 2025");
    expect(await meta(page, "property", "og:locale")).toBe("cy_GB");
    expect(await meta(page, "name", "twitter:image")).toBe(image);
    await expectShareImage(request, image, "cy");
  });

  test("the programme page points at its week's image, in either language", async ({ page, request, baseURL }) => {
    for (const prefix of ["", "/cy"]) {
      await page.goto(`${prefix}/programme?week=${demoSlugs.event}`);
      const image = await meta(page, "property", "og:image");
      expect(image).toMatch(new RegExp(`^${baseURL}${prefix}/weeks/${demoSlugs.event}/og-image\\.png\\?v=[0-9a-f]{12}$`));
      expect(await meta(page, "name", "twitter:card")).toBe("summary_large_image");
      expect(await meta(page, "property", "og:image:alt")).not.toBe("");
      await expectShareImage(request, image, prefix ? "cy" : "en-GB");
    }
  });

  test("a cancelled session still has its image; a draft session, an unknown week and odd addresses get a 404, never a 500", async ({ request }) => {
    await expectShareImage(request, `/sessions/${demoSlugs.cancelled}/og-image.png`, "en-GB");
    for (const prefix of ["", "/cy"]) {
      for (const path of [
        `/sessions/${demoSlugs.draft}/og-image.png`,
        `/weeks/no-such-week/og-image.png`,
        `/sessions/%25/og-image.png`,
        `/sessions/a%20b/og-image.png`,
        `/sessions/%C5%B5%C5%B7%C3%A2/og-image.png`,
        `/sessions/${"a".repeat(300)}/og-image.png`,
        `/sessions/${"a".repeat(301)}/og-image.png`,
        `/weeks/%F0%9F%92%A9/og-image.png`,
      ]) {
        const response = await request.get(`${prefix}${path}`);
        expect(response.status(), `${prefix}${path}`).toBe(404);
        expect(response.headers()["content-type"]).toContain("text/plain");
      }
    }
    // A broken %-escape is refused before any route sees it.
    expect((await request.get("/sessions/%E0%A4%A/og-image.png")).status()).toBe(400);
  });
});
