import { expect, test } from "@playwright/test";
import { PROGRAMME_PAGE_SIZE } from "../../lib/programme/programme-paging";
import { upcomingThemes } from "../../prisma/seed/glan-usk-practice-week";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";
import { expectNoAxeViolations } from "./support/accessibility";
import { queryE2eDatabase } from "./support/database";

const sww = `/programme?week=${demoSlugs.event}`;

test.describe("home page", () => {
  test("leads with the next week, its themes, who it is for and highlighted sessions", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("CPD Week");
    await expect(page.getByRole("heading", { level: 1, name: "Glan Usk Practice Week" })).toBeVisible();
    await expect(page.getByText("Organised by Glan Usk County Council")).toBeVisible();
    await expect(page.getByRole("region", { name: "Themes" }).getByRole("link")).toHaveCount(upcomingThemes.length);
    await expect(page.getByRole("region", { name: "Who it is for" }).getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Highlighted sessions" }).getByRole("article")).toHaveCount(2);
    await expect(page.getByText("This week has finished")).toHaveCount(0);
    await page.getByRole("link", { name: "View the full programme" }).click();
    await expect(page).toHaveURL(/\/programme$/);
    await expect(page.getByRole("heading", { level: 1, name: "Programme" })).toBeVisible();
    await expect(page.getByText("Glan Usk Practice Week").first()).toBeVisible();
  });

  test("says when a week has finished", async ({ page }) => {
    await page.goto(sww);
    await expect(page.getByRole("heading", { level: 1, name: "Programme" })).toBeVisible();
    await page.goto("/weeks");
    await expect(page.getByRole("listitem").filter({ hasText: "Social Work Week 2025" })).toContainText("17–21 March 2025 · Finished");
    await expect(page.getByRole("listitem").filter({ hasText: "Glan Usk Practice Week" })).toContainText("Current or next week");
  });

  test("has a skip link that moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
  });
});

test.describe("programme", () => {
  test("shows the whole week by day with time, theme, format, CPD hours and places", async ({ page }) => {
    await page.goto(sww);
    await expect(page).toHaveTitle("Programme: Social Work Week 2025 | CPD Week");
    await expect(page.getByRole("heading", { level: 2, name: /March 2025$/ })).toHaveText([
      "Monday 17 March 2025",
      "Tuesday 18 March 2025",
      "Wednesday 19 March 2025",
      "Thursday 20 March 2025",
      "Friday 21 March 2025",
    ]);
    await expect(page.getByText("Times are in Europe/London (GMT).")).toBeVisible();

    const lunchtime = page.getByRole("article").filter({ has: page.getByRole("link", { name: /^Lunchtime CPD/ }) });
    await expect(lunchtime).toContainText("12:30–14:00");
    await expect(lunchtime).toContainText("Supporting our well-being at work");
    await expect(lunchtime).toContainText("Online");
    await expect(lunchtime).toContainText("1.5 CPD hours");
    await expect(lunchtime).toContainText("98 places left");

    const full = page.getByRole("article").filter({ has: page.getByRole("link", { name: /^Social media and CPD/ }) });
    await expect(full).toContainText("Full");
    const unlimited = page.getByRole("article").filter({ has: page.getByRole("link", { name: /^From placement to practice/ }) });
    await expect(unlimited).toContainText("Unlimited places");
  });

  test("never shows drafts and marks cancelled sessions", async ({ page }) => {
    await page.goto(sww);
    await expect(page.getByRole("link", { name: /Closing reflections/ })).toHaveCount(0);
    const cancelled = page.getByRole("article").filter({ has: page.getByRole("link", { name: /^Reflective supervision/ }) });
    await expect(cancelled).toContainText("Cancelled");
    await expect(cancelled.getByRole("heading")).toHaveText("Reflective supervision in a busy team (Cancelled)");
  });

  test("filters by day", async ({ page }) => {
    await page.goto(sww);
    await page.getByLabel("Day", { exact: true }).selectOption({ label: "Tuesday 18 March 2025" });
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page).toHaveURL(/day=2025-03-18/);
    await expect(page.getByRole("heading", { level: 2, name: /March 2025$/ })).toHaveText(["Tuesday 18 March 2025"]);
    await expect(page.getByRole("heading", { name: /session(s)? match(es)? your filters/ })).toHaveText("2 sessions match your filters");
    await expect(page.getByLabel("Day", { exact: true })).toHaveValue("2025-03-18");
  });

  test("filters by theme", async ({ page }) => {
    await page.goto(sww);
    await page.getByLabel("Theme").selectOption({ label: "Supporting our well-being at work" });
    await page.getByRole("button", { name: "Show sessions" }).click();
    const articles = page.getByRole("article");
    await expect(articles).toHaveCount(3);
    for (const article of await articles.all()) await expect(article).toContainText("Supporting our well-being at work");
  });

  test("filters by format", async ({ page }) => {
    await page.goto(`${sww}&format=in-person`);
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article")).toContainText("Mock court: giving evidence with confidence");
    await page.getByLabel("Format").selectOption({ label: "Hybrid (in person and online)" });
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article")).toContainText("Social media and CPD");
  });

  test("filters by audience", async ({ page }) => {
    await page.goto(sww);
    await page.getByLabel("Who it is for").selectOption({ label: "People with lived experience" });
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page).toHaveURL(/audience=lived-experience/);
    await expect(page.getByRole("link", { name: "Nothing about us without us: learning from lived experience" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Mock court/ })).toHaveCount(0);
  });

  test("searches titles, descriptions and speakers", async ({ page }) => {
    await page.goto(sww);
    await page.getByLabel("Search").fill("moral injury");
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article")).toContainText("Siobhan Maclean");

    await page.goto(`${sww}&q=Cardiff%20University`);
    await expect(page.getByRole("link", { name: /^Artificial Intelligence \(AI\) and social work/ })).toBeVisible();
  });

  test("combines filters and shows a clear empty state", async ({ page }) => {
    await page.goto(`${sww}&day=2025-03-17&format=in-person`);
    await expect(page.getByRole("article")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "No sessions match your filters" })).toBeVisible();
    await expect(page.getByText("Try another day, theme or format, or a shorter search.")).toBeVisible();
    await page.getByRole("link", { name: "Show every session" }).click();
    await expect(page).toHaveURL(new RegExp(`/programme\\?week=${demoSlugs.event}$`));
    await expect(page.getByRole("article")).toHaveCount(14);
  });

  test("ignores filter values that make no sense", async ({ page }) => {
    const response = await page.goto(`${sww}&day=yesterday&format=carrier-pigeon&theme=%3Cscript%3E`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("article")).toHaveCount(14);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(sww);
    await page.getByLabel("Format").selectOption({ label: "In person" });
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page).toHaveURL(/format=in-person/);
    await expect(page.getByRole("article")).toHaveCount(1);
    await context.close();
  });

  test("shows a past week by its address", async ({ page }) => {
    await page.goto("/weeks");
    await page.getByRole("link", { name: "Programme for Practice Week 2024" }).click();
    await expect(page).toHaveURL(new RegExp(`week=${demoSlugs.pastEvent}`));
    await expect(page.getByRole("heading", { level: 2, name: "Monday 11 March 2024" })).toBeVisible();
    await page.getByLabel("Day", { exact: true }).selectOption({ label: "Friday 15 March 2024" });
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page).toHaveURL(new RegExp(`week=${demoSlugs.pastEvent}`));
    await expect(page.getByRole("article")).toHaveCount(1);
  });

  test("a large week comes in pages of a bounded size, in both languages, filters kept", async ({ page }) => {
    const slug = `large-week-${Date.now().toString(36)}`;
    const total = PROGRAMME_PAGE_SIZE * 2 + 20;
    // Ids as the site makes them: letters and digits (public-cache-keys.ts refuses others).
    const [week] = await queryE2eDatabase<{ id: string }>(
      `INSERT INTO "Event" (id, slug, title, summary, "startDate", "endDate", "organiserName", status, "publishedAt", "updatedAt")
       VALUES (replace(gen_random_uuid()::text, '-', ''), $1, 'A very large week', 'Many sessions.', '2031-09-15', '2031-09-19', 'Test organiser', 'PUBLISHED', now(), now()) RETURNING id`,
      [slug],
    );
    try {
      await queryE2eDatabase(
        `INSERT INTO "Session" (id, "eventId", slug, title, summary, description, "startsAt", "endsAt", format, venue, status, "updatedAt")
         SELECT replace(gen_random_uuid()::text, '-', ''), $1, $2 || '-' || n, 'Large week session ' || lpad(n::text, 3, '0'), 'A session.', 'A session.',
                timestamptz '2031-09-15 08:00Z' + (n * interval '10 minutes'), timestamptz '2031-09-15 09:00Z' + (n * interval '10 minutes'),
                'ONLINE', 'Online', 'PUBLISHED', now()
         FROM generate_series(1, $3::int) AS n`,
        [week?.id, slug, total],
      );
      const first = await page.goto(`/programme?week=${slug}`);
      const html = (await first?.text()) ?? "";
      expect(html.length).toBeLessThan(300_000);
      await expect(page.getByRole("heading", { level: 2, name: `${total} sessions` })).toBeVisible();
      await expect(page.getByText(`Sessions 1–${PROGRAMME_PAGE_SIZE} of ${total}: page 1 of 3`)).toBeVisible();
      await expect(page.getByRole("article")).toHaveCount(PROGRAMME_PAGE_SIZE);
      const pages = page.getByRole("navigation", { name: "Pages of the programme" });
      await expect(pages.getByRole("link", { name: /^Previous page/ })).toHaveCount(0);
      await pages.getByRole("link", { name: /^Next page/ }).click();
      await expect(page).toHaveURL(new RegExp(`week=${slug}&page=2`));
      await expect(page.getByText(`Sessions ${PROGRAMME_PAGE_SIZE + 1}–${PROGRAMME_PAGE_SIZE * 2} of ${total}: page 2 of 3`)).toBeVisible();
      await expect(page.getByRole("link", { name: "Large week session 051" })).toBeVisible();
      await expectNoAxeViolations(page);

      // A filter keeps the week; a page beyond the last shows the last.
      await page.goto(`/programme?week=${slug}&q=session+11&page=9`);
      await expect(page.getByRole("heading", { level: 2, name: "10 sessions match your filters" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Pages of the programme" })).toHaveCount(0);
      await page.goto(`/programme?week=${slug}&page=99`);
      await expect(page.getByText(`Sessions ${PROGRAMME_PAGE_SIZE * 2 + 1}–${total} of ${total}: page 3 of 3`)).toBeVisible();
      await expect(page.getByRole("article")).toHaveCount(20);

      await page.goto(`/cy/programme?week=${slug}&page=2`);
      await expect(page.getByText(`Sesiynau ${PROGRAMME_PAGE_SIZE + 1}–${PROGRAMME_PAGE_SIZE * 2} o ${total}: tudalen 2 o 3`)).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Tudalennau’r rhaglen" }).getByRole("link", { name: /^Tudalen flaenorol/ })).toHaveAttribute(
        "href",
        `/cy/programme?week=${slug}`,
      );
    } finally {
      await queryE2eDatabase(`DELETE FROM "Event" WHERE id = $1`, [week?.id]);
    }
  });
});
