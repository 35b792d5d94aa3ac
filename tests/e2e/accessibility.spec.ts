import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { upcomingSlugs } from "../../prisma/seed/glan-usk-practice-week";
import { axeViolations, expectNoAxeViolations } from "./support/accessibility";
import { openSignUpLink, requestSignUpLink } from "./support/accounts";
import { adminPages } from "./support/admin-surface";
import { concreteUrl, sampleParams } from "./support/admin-urls";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";

// Every page outside the admin area, as every role that can see it, is scanned
// by every-page.spec.ts (from a list checked against the app folder), which also
// checks that every page, admin pages included, reflows at 320px wide; the admin
// pages are scanned below. This file adds error states and keyboard walkthroughs.

test.describe("error states", () => {
  test("sign-up errors, at both steps, have no WCAG 2.2 A/AA violations", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByRole("button", { name: "Send me the link" }).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page);

    const email = `axe-errors-${Date.now().toString(36)}@example.test`;
    await requestSignUpLink(page, email);
    await expectNoAxeViolations(page);
    await openSignUpLink(page, email);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(errorSummary(page)).toBeVisible();
    await expectNoAxeViolations(page);
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
      for (const violation of await axeViolations(page)) problems.push(`${url} ${violation}`);
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
  await tabTo(page, page.getByLabel("Organisation (optional)", { exact: true }));
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

/** The focused element shows the site's focus style (yellow background, dark bar), not just the browser's. */
async function expectVisibleFocus(target: Locator) {
  const style = await target.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { background: computed.backgroundColor, shadow: computed.boxShadow, outline: computed.outlineStyle };
  });
  expect(style.outline === "solid" || style.shadow !== "none", `focus style of ${target.toString()}`).toBe(true);
}

test("an attendee books a session and downloads its certificate with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `keyboard-${Date.now().toString(36)}@example.test`;
  // The upcoming week's session with unlimited places, so booking it changes no other test's places.
  const [session] = await queryE2eDatabase<{ id: string; slug: string; title: string }>(`SELECT id, slug, title FROM "Session" WHERE slug = $1`, [
    upcomingSlugs.unlimited,
  ]);
  if (!session) throw new Error("The demo data needs the upcoming week's session with unlimited places");

  // Signing up is done with the keyboard too: the address, then the emailed link's form.
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent(`/sessions/${session.slug}`)}`);
  await page.locator("body").focus();
  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type(email);
  await tabTo(page, page.getByRole("button", { name: "Send me the link" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openSignUpLink(page, email);
  await page.locator("body").focus();
  await tabTo(page, page.getByLabel("Full name"));
  await page.keyboard.type("Keyboard Attendee");
  await tabTo(page, page.getByLabel("Password", { exact: true }));
  await page.keyboard.type("a long enough password");
  await tabTo(page, page.getByRole("button", { name: "Create account" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/sessions/${session.slug}$`));

  try {
    // Book from the session page.
    await page.locator("body").focus();
    const book = page.getByRole("button", { name: "Book a place" });
    await tabTo(page, book);
    await expectVisibleFocus(book);
    await page.keyboard.press("Enter");
    await expect(page.getByText("Your place is confirmed.")).toBeVisible();

    // The organiser's register marks them as attended (as in the certificates journey).
    await queryE2eDatabase(
      `UPDATE "Registration" r SET attendance = 'ATTENDED', "attendanceMarkedAt" = now()
         FROM "User" u WHERE u.id = r."userId" AND u.email = $1 AND r."sessionId" = $2`,
      [email, session.id],
    );

    // From the account page to the certificate, by keyboard.
    await page.goto("/account");
    await page.locator("body").focus();
    const certificates = page.getByRole("link", { name: "My certificates" });
    await tabTo(page, certificates);
    await expectVisibleFocus(certificates);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "My certificates" })).toBeVisible();
    await page.locator("body").focus();
    const download = page.getByRole("link", { name: `Download PDF certificate for ${session.title}` });
    await tabTo(page, download);
    await expectVisibleFocus(download);
    const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(file.suggestedFilename()).toBe(`certificate-${session.slug}.pdf`);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  } finally {
    // The demo week's session goes back to how it was.
    await queryE2eDatabase(`DELETE FROM "Certificate" WHERE "userId" IN (SELECT id FROM "User" WHERE email = $1)`, [email]);
    await queryE2eDatabase(`DELETE FROM "Registration" WHERE "userId" IN (SELECT id FROM "User" WHERE email = $1)`, [email]);
  }
});
