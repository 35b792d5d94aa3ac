import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ical from "node-ical";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";

test.describe("session page", () => {
  test("shows everything about a session", async ({ page }) => {
    await page.goto(`/sessions/${demoSlugs.worldSocialWorkDay}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("How do we use data to contribute to the social work profession");
    await expect(page.getByRole("heading", { name: "About this session" })).toBeVisible();
    const speakers = page.getByRole("region", { name: "Speakers" });
    await expect(speakers.getByRole("link", { name: "Colum Conway" })).toBeVisible();
    await expect(speakers).toContainText("Chief Executive, Social Work England");
    await expect(speakers).toContainText("(Presenter)");
    const details = page.getByRole("complementary");
    await expect(details).toContainText("Tuesday 18 March 2025");
    await expect(details).toContainText("10:00");
    await expect(details.getByText("GMT", { exact: true })).toHaveAttribute("title", "Europe/London");
    await expect(details).toContainText("Online");
    await expect(details).toContainText("CPD hours");
    await expect(details).toContainText("places left");
    await expect(details.getByRole("link", { name: "Maintaining our social work identity" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Register" })).toBeVisible();
    // The join link is for confirmed registrants only.
    await expect(page.locator('a[href*="teams.microsoft.com"], a[href*="zoom.us"]')).toHaveCount(0);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length).toBeGreaterThan(20);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /How do we use data/);
    // For search engines: one schema.org Event, with the week's offset, free, its place the page itself (never the joining link).
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const event = JSON.parse(blocks[0]!) as Record<string, unknown>;
    expect(event).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: expect.stringContaining("How do we use data"),
      startDate: "2025-03-18T10:00:00+00:00",
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "VirtualLocation", url: expect.stringMatching(new RegExp(`/sessions/${demoSlugs.worldSocialWorkDay}$`)) },
      offers: { "@type": "Offer", price: "0", priceCurrency: "GBP" },
      performer: expect.arrayContaining([{ "@type": "Person", name: "Colum Conway" }]),
    });
    expect(blocks[0]).not.toMatch(/teams\.microsoft\.com|zoom\.us/);
  });

  test("offers a correct calendar file", async ({ page }) => {
    await page.goto(`/sessions/${demoSlugs.lunchtime}`);
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`${demoSlugs.lunchtime}.ics`);
    const text = await readFile((await download.path()) ?? "", "utf8");
    const events = Object.values(ical.sync.parseICS(text)).filter((component) => component?.type === "VEVENT") as ical.VEvent[];
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.summary).toBe("Lunchtime CPD: leading for well-being in social work teams");
    expect(new Date(event?.start ?? 0).toISOString()).toBe("2025-03-19T12:30:00.000Z");
    expect(new Date(event?.end ?? 0).toISOString()).toBe("2025-03-19T14:00:00.000Z");
    expect(String(event?.url)).toContain(`/sessions/${demoSlugs.lunchtime}`);
  });

  test("says when a session is full", async ({ page }) => {
    await page.goto(`/sessions/${demoSlugs.fullWorkshop}`);
    await expect(page.getByRole("complementary")).toContainText("Full");
    await expect(page.getByRole("complementary")).toContainText("Hybrid");
  });

  test("marks a cancelled session and offers no calendar file", async ({ page }) => {
    await page.goto(`/sessions/${demoSlugs.cancelled}`);
    await expect(page.getByRole("status")).toHaveText("This session has been cancelled. It will not take place.");
    await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveCount(0);
    const response = await page.request.get(`/sessions/${demoSlugs.cancelled}/calendar.ics`);
    expect(await response.text()).toContain("STATUS:CANCELLED");
  });

  test("does not exist publicly while a draft", async ({ page }) => {
    const response = await page.goto(`/sessions/${demoSlugs.draft}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    expect((await page.request.get(`/sessions/${demoSlugs.draft}/calendar.ics`)).status()).toBe(404);
  });
});

test.describe("speakers and themes", () => {
  test("lists speakers and shows a speaker's sessions", async ({ page }) => {
    await page.goto("/speakers");
    await expect(page.getByRole("heading", { level: 1, name: "Speakers" })).toBeVisible();
    await page.getByRole("link", { name: "Gwenan Prysor" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gwenan Prysor" })).toBeVisible();
    await expect(page.getByText("Bangor University").first()).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(1);
    await page.getByRole("link", { name: "“Do you get me?”" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "“Do you get me?”" })).toBeVisible();
  });

  test("shows a theme's sessions", async ({ page }) => {
    await page.goto("/themes/supporting-our-well-being-at-work");
    await expect(page.getByRole("heading", { level: 1, name: "Supporting our well-being at work" })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(3);
  });

  test("does not list a speaker whose only session is a draft", async ({ page }) => {
    const response = await page.goto("/speakers/no-such-speaker");
    expect(response?.status()).toBe(404);
  });
});

test.describe("site furniture", () => {
  test("unknown addresses get a helpful 404", async ({ page }) => {
    for (const path of ["/no-such-page", "/sessions/no-such-session", "/themes/no-such-theme", "/programme?week=no-such-week"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Browse the programme" })).toBeVisible();
    }
  });

  test("publishes a sitemap and robots.txt", async ({ request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`/sessions/${demoSlugs.lunchtime}</loc>`);
    expect(sitemap).toContain("/speakers/siobhan-maclean</loc>");
    // Every page in Welsh too, each naming the other language.
    expect(sitemap).toContain(`/cy/sessions/${demoSlugs.lunchtime}</loc>`);
    expect(sitemap).toMatch(new RegExp(`hreflang="cy"\\s+href="[^"]*/cy/sessions/${demoSlugs.lunchtime}"`));
    expect(sitemap).not.toContain(demoSlugs.draft);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(robots).toContain("Disallow: /admin");
    expect(robots).toContain("Disallow: /cy/admin");
  });

  // Issue 11, finding 8: next-auth's own sign-out left copied cookies valid,
  // and its credentials callback was a second sign-in route past the form's
  // checks. They are not served at all: our forms are the only way in and out.
  test("serves none of next-auth's own routes", async ({ request }) => {
    for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/auth/providers", "/api/auth/signin", "/api/auth/signout"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    for (const path of ["/api/auth/callback/credentials", "/api/auth/signout"]) {
      const response = await request.post(path, { form: { email: "attendee@demo.cpdweek.test", password: "cpd-week-demo", csrfToken: "x" } });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
    }
  });

  test("refuses a booking through the API without a session", async ({ request }) => {
    const response = await request.post("/api/sessions/anything/registrations");
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "SIGN_IN_REQUIRED" });
  });

  test("reports its health", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok", uptime: expect.any(Number) });
  });
});
