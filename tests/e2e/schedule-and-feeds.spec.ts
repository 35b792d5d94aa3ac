import { expect, test } from "@playwright/test";
import ical from "node-ical";
import { DEMO_EVENT_SLUG, demoSlugs, demoThemeSlugs } from "../../prisma/seed/social-work-week-2025";

// Issue 16: the week's Frab schedule files and the week's and themes'
// calendar feeds, as a conference app or a calendar app fetches them, and the
// links to them on the programme and theme pages. What the files hold is
// tested against the published schemas in tests/integration/schedule-files.test.ts
// and calendar-feeds.test.ts; this spec checks the addresses and answers.

const week = `/weeks/${DEMO_EVENT_SLUG}`;

test.describe("schedule files and calendar feeds", () => {
  test("answer with the right type, open to any site and cacheable by shared caches", async ({ request }) => {
    for (const [path, type] of [
      [`${week}/schedule.xml`, "application/xml; charset=utf-8"],
      [`${week}/schedule.json`, "application/json; charset=utf-8"],
      [`${week}/calendar.ics`, "text/calendar; charset=utf-8"],
      [`/themes/${demoThemeSlugs.wellBeing}/calendar.ics`, "text/calendar; charset=utf-8"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toBe(type);
      expect(response.headers()["access-control-allow-origin"], path).toBe("*");
      expect(response.headers()["cache-control"], path).toMatch(/^public, max-age=\d+/);
      // Served from the shared page cache, and a polling app that has it gets a 304, by tag or by date.
      expect(response.headers()["x-cpd-week-page-cache"], path).toMatch(/^(hit|miss)$/);
      const etag = response.headers()["etag"]!;
      expect(etag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const byTag = await request.get(path, { headers: { "if-none-match": etag } });
      expect(byTag.status(), `${path} If-None-Match`).toBe(304);
      expect(byTag.headers()["etag"]).toBe(etag);
      const byDate = await request.get(path, { headers: { "if-modified-since": response.headers()["last-modified"]! } });
      expect(byDate.status(), `${path} If-Modified-Since`).toBe(304);
      expect((await request.get(path, { headers: { "if-none-match": '"another"' } })).status(), path).toBe(200);
    }
    const xml = await (await request.get(`${week}/schedule.xml`)).text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<schedule>/);
    const json = (await (await request.get(`${week}/schedule.json`)).json()) as { schedule: { conference: { acronym: string } } };
    expect(json.schedule.conference.acronym).toBe(DEMO_EVENT_SLUG.replaceAll("-", "_"));
  });

  test("keep cancelled sessions marked in the feed and leave them out of the schedule", async ({ request }) => {
    const feed = ical.sync.parseICS(await (await request.get(`${week}/calendar.ics`)).text());
    const cancelled = Object.values(feed).find(
      (component) => component?.type === "VEVENT" && String(component.url).endsWith(`/sessions/${demoSlugs.cancelled}`),
    );
    expect(cancelled && "status" in cancelled ? cancelled.status : undefined).toBe("CANCELLED");
    expect(await (await request.get(`${week}/schedule.json`)).text()).not.toContain(`/sessions/${demoSlugs.cancelled}"`);
  });

  test("are in Welsh under /cy", async ({ request }) => {
    const json = await (await request.get(`/cy${week}/schedule.json`)).text();
    expect(json).toContain("Wythnos Gwaith Cymdeithasol");
    expect(json).toContain(`/cy/sessions/`);
    const feed = await (await request.get(`/cy${week}/calendar.ics`)).text();
    expect(feed).toContain("X-WR-CALNAME:Wythnos Gwaith Cymdeithasol");
  });

  test("answer a plain 404, never a 500, for unknown and odd names", async ({ request }) => {
    for (const name of ["no-such-week", "%25", "%20", "%C5%B5", "a".repeat(400), "Social-Work-Week-2025", demoSlugs.draft]) {
      for (const path of [
        `/weeks/${name}/schedule.xml`,
        `/weeks/${name}/schedule.json`,
        `/weeks/${name}/calendar.ics`,
        `/themes/${name}/calendar.ics`,
        `/cy/weeks/${name}/schedule.xml`,
      ]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
      }
    }
    // A broken %-escape is refused before any route (lib/http/request-address.ts).
    expect((await request.get("/weeks/%zz/schedule.xml")).status()).toBe(400);
  });
});

test.describe("links to them", () => {
  test("the programme offers the week's calendar by webcal and by download, and the schedule files", async ({ page }) => {
    await page.goto(`/programme?week=${DEMO_EVENT_SLUG}`);
    const section = page.getByRole("region", { name: "This week in your calendar" });
    await expect(section.getByRole("link", { name: "Subscribe to this week’s calendar" })).toHaveAttribute(
      "href",
      new RegExp(`^webcal://[^/]+${week}/calendar\\.ics$`),
    );
    await expect(section.getByRole("link", { name: "Download this week’s calendar (.ics)" })).toHaveAttribute("href", `${week}/calendar.ics`);
    await expect(section.getByRole("link", { name: "Frab XML" })).toHaveAttribute("href", `${week}/schedule.xml`);
    await expect(section.getByRole("link", { name: "Frab JSON" })).toHaveAttribute("href", `${week}/schedule.json`);
  });

  test("a theme page offers the theme's calendar, and in Welsh the Welsh feed", async ({ page }) => {
    await page.goto(`/cy/themes/${demoThemeSlugs.wellBeing}`);
    const section = page.getByRole("region", { name: "Y thema hon yn eich calendr" });
    await expect(section.getByRole("link", { name: "Tanysgrifio i galendr y thema" })).toHaveAttribute(
      "href",
      new RegExp(`^webcal://[^/]+/cy/themes/${demoThemeSlugs.wellBeing}/calendar\\.ics$`),
    );
    await expect(section.getByRole("link", { name: "Lawrlwytho calendr y thema (.ics)" })).toHaveAttribute(
      "href",
      `/cy/themes/${demoThemeSlugs.wellBeing}/calendar.ics`,
    );
  });
});
