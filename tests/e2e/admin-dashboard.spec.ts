import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "../../prisma/seed/demo-accounts";
import { PAST_EVENT_SLUG } from "../../prisma/seed/practice-week-2024";
import { DEMO_EVENT_SLUG } from "../../prisma/seed/social-work-week-2025";
import { expectNoAxeViolations } from "./support/accessibility";
import { submitNewAccountForm } from "./support/accounts";
import { signInAsAttendee, signInAsOrganiser } from "./support/auth";
import { errorSummary } from "./support/error-summary";
import { emailsTo, newestLinkSecret, subjectOf } from "./support/outbox";
import { REFLOW_WIDTH, reflowProblems } from "./support/reflow";

// The dashboard, organiser roles and the audit log, as an organiser uses them.
// Tests that change roles make their own people (unique addresses) or undo
// what they did, so they do not depend on the order they run in.

function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** A chart's section, by the id its heading has. */
function chart(page: Page, id: string) {
  return page.locator(`section[aria-labelledby="${id}-title"]`);
}

test("an organiser sees the week's figures, charts and the same numbers as tables", async ({ page }) => {
  await signInAsOrganiser(page, `/admin?event=${DEMO_EVENT_SLUG}`);
  await expect(page.getByRole("heading", { level: 1, name: "The week at a glance" })).toBeVisible();
  const figures = page.getByRole("region", { name: "Headline figures" });
  await expect(figures.getByText("Sessions published").locator("..")).toContainText("13");
  await expect(figures.getByText("Places confirmed").locator("..")).toContainText("29");
  await expect(figures.getByText("On waiting lists").locator("..")).toContainText("2");
  await expect(figures).toContainText("28 places on sessions that have ended are still unmarked.");

  // Each chart is one image named by its title and every value.
  await expect(
    page.getByRole("img", { name: /^Confirmed places by day Bar chart\. Mon 17 Mar: 5; Tue 18 Mar: 5; Wed 19 Mar: 14; Thu 20 Mar: 5; Fri 21 Mar: 0\.$/ }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /Confirmed places by theme/ })).toContainText("Maintaining our social work identity");
  await expect(page.getByRole("img", { name: /How full each session is/ })).toContainText("12 of 12 (100%)");
  await expect(page.getByRole("img", { name: /How full each session is/ })).toContainText("1 booked, no limit");
  await expect(page.getByRole("img", { name: /Waiting lists/ })).toContainText("2 waiting");

  // The same numbers as tables, behind "Show as a table".
  const byDay = chart(page, "byDay");
  await byDay.getByText("Show as a table").click();
  const dayTable = byDay.getByRole("table", { name: "Confirmed places by day" });
  await expect(dayTable.getByRole("row", { name: "Wed 19 Mar 14" })).toBeVisible();
  const fill = chart(page, "fillRate");
  await fill.getByText(/Show as a table/).click();
  const link = fill.getByRole("link", { name: /social media and CPD/i });
  await expect(link).toHaveAttribute("href", /^\/admin\/sessions\/[^/]+\/registrations$/);
  await expect(fill.getByRole("row").filter({ has: page.getByRole("link", { name: /social media and CPD/i }) })).toContainText("100%");
  await chart(page, "byAudience").getByText("Show as a table").click();
  await expectNoAxeViolations(page);

  // Another week, chosen with the week selector.
  await page.getByLabel("Week", { exact: true }).selectOption({ label: "Practice Week 2024" });
  await page.getByRole("button", { name: "Show this week" }).click();
  await expect(page).toHaveURL(new RegExp(`event=${PAST_EVENT_SLUG}`));
  // 6 of the 7 places marked attended (the demo attendee went to two sessions).
  await expect(page.getByText("Attendance rate").locator("..")).toContainText("86%");
  await expect(page.getByText("CPD hours awarded").locator("..")).toContainText("7.75");
});

test(`the dashboard fits a ${REFLOW_WIDTH}px-wide screen`, async ({ page }) => {
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
  await signInAsOrganiser(page, `/admin?event=${DEMO_EVENT_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await reflowProblems(page)).toEqual([]);
});

test("an organiser promotes the demo attendee, then removes the role again", async ({ page }) => {
  await signInAsOrganiser(page, "/admin/organisers");
  await expect(page.getByRole("heading", { level: 1, name: "Organisers" })).toBeVisible();

  // Bad input is named beside the field, and what was typed is kept.
  const email = page.getByLabel("Email address");
  await email.fill("not-an-email");
  await page.getByRole("button", { name: "Add organiser" }).click();
  await expect(errorSummary(page)).toContainText("Enter an email address in the right format");
  await expect(page.locator("#email-error")).toContainText("Enter an email address in the right format");
  await expect(email).toHaveValue("not-an-email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await email.fill(demoAccounts.organiser.email);
  await page.getByRole("button", { name: "Add organiser" }).click();
  await expect(page.locator("#email-error")).toContainText("You are already an organiser");

  await email.fill(demoAccounts.attendee.email.toUpperCase());
  await page.getByRole("button", { name: "Add organiser" }).click();
  await expect(page.getByRole("status")).toContainText(`Alex Morgan (${demoAccounts.attendee.email}) is now an organiser.`);
  const row = page.getByRole("row").filter({ hasText: demoAccounts.attendee.email });
  await expect(row).toBeVisible();

  await email.fill(demoAccounts.attendee.email);
  await page.getByRole("button", { name: "Add organiser" }).click();
  await expect(page.locator("#email-error")).toContainText(`${demoAccounts.attendee.email} is already an organiser`);

  // Removing takes a second, confirming step.
  await row.getByText("Remove organiser role").click();
  await row.getByRole("button", { name: "Yes, remove the organiser role" }).click();
  await expect(page).toHaveURL(/notice=removed/);
  await expect(page.getByRole("status")).toContainText("The organiser role has been removed.");
  await expect(page.getByRole("row").filter({ hasText: demoAccounts.attendee.email })).toHaveCount(0);

  // The log shows both changes; the filters find them.
  await page.goto("/admin/audit");
  await page.getByLabel("Organiser", { exact: true }).selectOption(demoAccounts.organiser.email);
  await page.getByLabel("Type of record").selectOption({ label: "Organiser role" });
  await page.getByLabel("Action", { exact: true }).selectOption("organiser.remove");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=organiser\.remove/);
  const removal = page
    .getByRole("row")
    .filter({ hasText: `Removed the organiser role from ${demoAccounts.attendee.email}` })
    .first();
  await expect(removal).toBeVisible();
  await removal.getByText("Show the 1 changed field").click();
  await expect(removal.getByRole("term").filter({ hasText: "Before" }).first()).toBeVisible();
  await expect(removal).toContainText("ORGANISER");
  await expect(removal).toContainText("ATTENDEE");
  await removal.getByText("Show full record").click();
  await expect(removal).toContainText(demoAccounts.attendee.email);

  // The history of that person: the promotion and the removal.
  await removal.getByRole("link", { name: /History of this record/ }).click();
  await expect(page).toHaveURL(/entityType=user&entityId=/);
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: `Made ${demoAccounts.attendee.email} an organiser` })
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: `Removed the organiser role from ${demoAccounts.attendee.email}` })
      .first(),
  ).toBeVisible();
});

test("an invited person accepts from the emailed link, once, and is an organiser", async ({ page, browser }) => {
  const invited = uniqueEmail("invited-organiser");
  await signInAsOrganiser(page, "/admin/organisers");
  await page.getByLabel("Email address").fill(invited);
  await page.getByRole("button", { name: "Add organiser" }).click();
  await expect(page.getByRole("status")).toContainText(`We have emailed an invitation link to ${invited}`);
  await expect(page.getByRole("row").filter({ hasText: invited })).toContainText("Demo Organiser");

  await expect.poll(async () => (await emailsTo(invited)).length).toBe(1);
  const [email] = await emailsTo(invited);
  // Nobody has chosen a language for this address yet: Welsh and English, Welsh first.
  expect(await subjectOf(email ?? "")).toBe("Gwahoddiad i helpu i drefnu Wythnos DPP / You are invited to help organise CPD Week");
  const secret = await newestLinkSecret(invited, "/organiser-invitation");

  // The invited person, in a browser of their own, opening the link from their mailbox.
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(`/organiser-invitation?token=${secret}`);
  await expect(newcomer.getByRole("heading", { level: 1, name: "Become an organiser of CPD Week" })).toBeVisible();
  await expect(newcomer.getByText(`Demo Organiser invited ${invited}`)).toBeVisible();
  await expectNoAxeViolations(newcomer);
  await submitNewAccountForm(newcomer, { name: "Invited Organiser", password: "a long enough password" }, "Create account and become an organiser");
  await expect(newcomer).toHaveURL(/\/admin\?welcome=organiser$/);
  await expect(newcomer.getByRole("status").filter({ hasText: "You are now an organiser. Welcome!" })).toBeVisible();
  await expect(newcomer.getByRole("heading", { level: 1, name: "The week at a glance" })).toBeVisible();
  // The link works once.
  await newcomer.goto(`/organiser-invitation?token=${secret}`);
  await expect(newcomer.getByRole("heading", { level: 1, name: "This invitation cannot be used" })).toBeVisible();
  await context.close();

  // No longer waiting; now an organiser.
  await page.reload();
  await expect(page.getByRole("table", { name: "Everyone who is an organiser now" })).toContainText(invited);
  await expect(page.getByRole("row").filter({ hasText: invited })).toHaveCount(1);
});

test("an invitation can be withdrawn, and the log keeps the history", async ({ page }) => {
  const invited = uniqueEmail("withdrawn-invitation");
  await signInAsOrganiser(page, "/admin/organisers");
  await page.getByLabel("Email address").fill(invited);
  await page.getByRole("button", { name: "Add organiser" }).click();
  await expect(page.getByRole("status")).toContainText(invited);
  await page.getByRole("button", { name: `Withdraw invitation to ${invited}` }).click();
  await expect(page.getByRole("status")).toContainText("The invitation has been withdrawn.");
  await expect(page.getByRole("row").filter({ hasText: invited })).toHaveCount(0);

  await page.goto("/admin/audit?action=organiser.invite.withdraw");
  const row = page.getByRole("row").filter({ hasText: `Withdrew the organiser invitation to ${invited}` });
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: /History of this record/ }).click();
  await expect(page.getByRole("row").filter({ hasText: `Invited ${invited} to be an organiser` })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("2 changes");
});

test("the audit log names bad filters beside the field and passes an accessibility scan", async ({ page }) => {
  await signInAsOrganiser(page, "/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/admin/audit?from=2025-03-10&to=2025-03-01");
  await expect(page.locator("#to-error")).toContainText("The last day must be the same as or after the first day");
  await expect(errorSummary(page)).toBeVisible();
  await expectNoAxeViolations(page);
  // Today's changes (made by the other tests, or none) in London days: the form keeps the dates.
  await page.getByLabel("From", { exact: true }).fill("2025-01-01");
  await page.getByLabel("To", { exact: true }).fill("2099-12-31");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/from=2025-01-01&to=2099-12-31/);
  await expect(page.locator("#to-error")).toHaveCount(0);
});

test("an attendee cannot reach the admin pages", async ({ page }) => {
  await signInAsAttendee(page, "/account");
  await expect(page).toHaveURL(/\/account$/);
  for (const path of ["/admin", "/admin/organisers", "/admin/audit"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/account\?forbidden=1$/);
    await expect(page.getByText("That page is for organisers.")).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
});
