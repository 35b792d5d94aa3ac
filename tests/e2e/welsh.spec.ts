import { expect, test } from "@playwright/test";
import { demoSlugs } from "../../prisma/seed/demo-week";
import { expectNoAxeViolations } from "../helpers/e2e-accessibility";

// Issue 12: Welsh under /cy, chosen with a switch on every page (never by
// guesswork from Accept-Language), remembered in a cookie, and leading to the
// same page with its filters.

const programme = `/programme?week=${demoSlugs.event}`;

test("a first visit in a Welsh-speaking browser is not redirected, and is offered Cymraeg up front", async ({ browser }) => {
  const context = await browser.newContext({ locale: "cy-GB", extraHTTPHeaders: { "accept-language": "cy-GB,cy;q=0.9,en;q=0.5" } });
  const page = await context.newPage();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  const offer = page.getByRole("link", { name: "Cymraeg" });
  await expect(offer).toHaveAttribute("lang", "cy");
  await expect(offer).toHaveAttribute("href", "/cy");
  await context.close();
});

test("the switch leads to the same programme in Welsh, filters kept, with Welsh days and headings", async ({ page }) => {
  await page.goto(`${programme}&format=online`);
  await page.getByRole("link", { name: "Cymraeg" }).click();
  await expect(page).toHaveURL(new RegExp(`/cy/programme\\?week=${demoSlugs.event}&format=online$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Rhaglen" })).toBeVisible();
  // The filter is still applied, and the day choices are Welsh dates.
  await expect(page.getByLabel("Fformat")).toHaveValue("online");
  await expect(page.getByLabel("Diwrnod").locator("option").nth(1)).toHaveText(/^Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul) \d{1,2} \p{L}+ \d{4}$/u);
  // hreflang for both languages, pointing at this same page.
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute("href", new RegExp(`/programme\\?week=${demoSlugs.event}&format=online$`));
  await expect(page.locator('link[rel="alternate"][hreflang="cy"]')).toHaveAttribute("href", new RegExp(`/cy/programme\\?week=${demoSlugs.event}&format=online$`));
  // Links inside the Welsh page stay in Welsh.
  const firstSession = page.locator("article h3 a").first();
  await expect(firstSession).toHaveAttribute("href", /^\/cy\/sessions\//);
  await expectNoAxeViolations(page);
});

test("the choice is remembered: English addresses lead to Welsh until English is chosen again", async ({ page }) => {
  await page.goto("/cy");
  await page.goto(`/sessions/${demoSlugs.mockCourt}`);
  await expect(page).toHaveURL(new RegExp(`/cy/sessions/${demoSlugs.mockCourt}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  // Back to English with the switch: the same page, and English is remembered.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${demoSlugs.mockCourt}$`));
  expect(new URL(page.url()).pathname).toBe(`/sessions/${demoSlugs.mockCourt}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await page.goto("/programme");
  expect(new URL(page.url()).pathname).toBe("/programme");
});

test("a session with no Welsh text yet shows its English text marked as English", async ({ page }) => {
  await page.goto(`/cy/sessions/${demoSlugs.mockCourt}`);
  const heading = page.getByRole("heading", { level: 1 });
  // The demo session's title is English only: shown, and marked lang="en".
  await expect(heading.locator('[lang="en"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 2, name: "Am y sesiwn hon" })).toBeVisible();
});

test("the sign-in form answers in Welsh, field by field, and stays in Welsh", async ({ page }) => {
  await page.goto("/cy/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Mewngofnodi" })).toBeVisible();
  await page.getByRole("button", { name: "Mewngofnodi" }).click();
  await expect(page.getByText("Rhowch eich cyfeiriad e-bost").first()).toBeVisible();
  await expect(page.getByText("Rhowch eich cyfrinair").first()).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/cy/sign-in");
});

test("the language switch cannot be turned into a redirect to another site", async ({ request }) => {
  for (const path of ["/en//evil.example/phish", "/en/%2F%2Fevil.example", "/en/\\evil.example"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const location = response.headers().location ?? "";
    expect(response.status(), path).toBeLessThan(500);
    if (location) expect(new URL(location, "http://127.0.0.1").hostname, `${path} → ${location}`).toBe("127.0.0.1");
  }
});
