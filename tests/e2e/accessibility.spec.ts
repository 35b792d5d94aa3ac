import AxeBuilder from "@axe-core/playwright";
import { errorSummary } from "../helpers/e2e-page";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAccounts, demoSlugs } from "../../prisma/seed/demo-week";
import { concreteUrl, sampleParams } from "../helpers/admin-urls";
import { signInAsOrganiser } from "../helpers/e2e-auth";
import { adminPages } from "./support/admin-surface";

const publicPages = [
  "/",
  "/programme",
  `/programme?week=${demoSlugs.event}&day=2025-03-19&theme=supporting-our-well-being-at-work`,
  "/programme?q=no-such-thing",
  "/sign-in",
  "/sign-up",
  `/programme?week=${demoSlugs.pastEvent}`,
  `/sessions/${demoSlugs.worldSocialWorkDay}`,
  `/sessions/${demoSlugs.fullWorkshop}`,
  `/sessions/${demoSlugs.cancelled}`,
  `/sessions/${demoSlugs.mockCourt}`,
  "/speakers",
  "/speakers/siobhan-maclean",
  "/themes/maintaining-our-social-work-identity",
  "/weeks",
  "/no-such-page",
];

for (const path of publicPages) {
  test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
      .analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });
}

test("stays usable on a 320px-wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/programme");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("button", { name: "Show sessions" })).toBeVisible();
});

test.describe("signed-in pages", () => {
  for (const path of ["/account", "/account/details", `/sessions/${demoSlugs.mockCourt}`, `/programme?week=${demoSlugs.event}`]) {
    test(`${path} has no WCAG 2.2 A/AA violations when signed in`, async ({ page }) => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
      await page.getByLabel("Email address").fill(demoAccounts.attendee.email);
      await page.getByLabel("Password").fill(demoAccounts.attendee.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(new RegExp(path.replace(/[?]/g, "\\?")));
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  }

  test("sign-up errors have no WCAG 2.2 A/AA violations", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(errorSummary(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

// Every admin page (the list the authorisation spec keeps complete), as an organiser.
test.describe("admin pages", () => {
  test("every admin page has no WCAG 2.2 A/AA violations", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsOrganiser(page);
    const params = await sampleParams();
    const problems: string[] = [];
    for (const pattern of adminPages) {
      const url = concreteUrl(pattern, params);
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
      for (const violation of results.violations) problems.push(`${url} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    }
    expect(problems).toEqual([]);
  });
});

/** Presses Tab until the locator has focus: proves it can be reached from the keyboard. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

test("an organiser adds a speaker, finds them and deletes them with the keyboard alone", async ({ page }) => {
  const name = `Keyboard Speaker ${Date.now().toString(36)}`;
  await signInAsOrganiser(page, "/admin/speakers/new");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.locator("body").focus();

  await tabTo(page, page.getByLabel("Name", { exact: true }));
  await page.keyboard.type(name);
  await tabTo(page, page.getByLabel("Organisation"));
  await page.keyboard.type("Keyboard County Council");
  await tabTo(page, page.getByRole("button", { name: "Add speaker" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.goto("/admin/speakers");
  await page.locator("body").focus();
  await tabTo(page, page.getByLabel("Search speakers"));
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Keyboard/);
  const link = page.getByRole("link", { name });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await tabTo(page, page.getByRole("link", { name: "Delete this speaker" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Delete");
  await tabTo(page, page.getByRole("button", { name: "Yes, delete this speaker" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("The speaker was deleted.")).toBeVisible();
});
