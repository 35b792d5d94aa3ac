import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { upcomingSlugs } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { signUp } from "./support/accounts";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";
import { emailsTo } from "./support/outbox";

// Privacy end to end: the privacy notice and accessibility statement, and a
// person of the test's own who downloads their data and then deletes their
// account. They attended a past session of the demo weeks and hold the only
// place on a one-place copy of an upcoming session, with someone waiting.
// Everything of theirs goes with the account; the certificate row that stays
// (as it must, to remain verifiable), the copied session and the person
// waiting are removed in afterAll.

const PASSWORD = "a long enough password";
const certificateCodes: string[] = [];
const sessionIds: string[] = [];
const userIds: string[] = [];

function unique(label: string) {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
}

test.afterAll(async () => {
  if (certificateCodes.length) await queryE2eDatabase(`DELETE FROM "Certificate" WHERE code = ANY($1)`, [certificateCodes]);
  if (sessionIds.length) await queryE2eDatabase(`DELETE FROM "Session" WHERE id = ANY($1)`, [sessionIds]);
  if (userIds.length) await queryE2eDatabase(`DELETE FROM "User" WHERE id = ANY($1)`, [userIds]);
});

/** A one-place copy of an upcoming session: the person holds the place and someone else waits for it. */
async function fullUpcomingSession(holderId: string) {
  const tag = randomBytes(4).toString("hex");
  const sessionId = `e2eprivacy${tag}`;
  const title = `Privacy test session ${tag}`;
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", "themeId", slug, title, summary, description, "startsAt", "endsAt", format, capacity, status, "updatedAt")
     SELECT $1, "eventId", "themeId", $2, $3, summary, description, "startsAt", "endsAt", format, 1, 'PUBLISHED', now() FROM "Session" WHERE slug = $4`,
    [sessionId, `privacy-test-${tag}`, title, upcomingSlugs.open],
  );
  sessionIds.push(sessionId);
  const waiter = { id: `e2ewaiter${tag}`, email: `waiter-${tag}@example.test` };
  await queryE2eDatabase(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Waiting Person', now())`, [waiter.id, waiter.email]);
  userIds.push(waiter.id);
  await queryE2eDatabase(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, "waitlistPosition", "createdAt", "updatedAt") VALUES
       ($1, $3, $4, 'CONFIRMED', NULL, now() - interval '2 hours', now()),
       ($2, $3, $5, 'WAITLISTED', 1, now() - interval '1 hour', now())`,
    [`e2ereg${tag}holder`, `e2ereg${tag}waiter`, sessionId, holderId, waiter.id],
  );
  return { sessionId, title, waiter, waiterRegistrationId: `e2ereg${tag}waiter` };
}

test("the privacy notice and accessibility statement are linked from every page's footer and pass axe", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "Privacy notice" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  for (const heading of ["What we keep", "Why we keep it", "How long we keep it", "Who can see it", "Your rights and how to use them"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole("main")).not.toContainText("{organiser}");
  await expectNoAxeViolations(page);

  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement for CPD Week" })).toBeVisible();
  for (const heading of ["Compliance status", "Enforcement procedure", "Preparation of this accessibility statement"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.getByRole("main")).toContainText("Web Content Accessibility Guidelines version 2.2 AA");
  await expect(page.getByRole("main")).toContainText("26 November 2026");
  await expectNoAxeViolations(page);
});

test("the data download answers 401 to someone not signed in", async ({ request }) => {
  const response = await request.get("/account/privacy/my-data.json", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("a person downloads their data, deletes their account after bad input, and their certificate still verifies with initials", async ({ page }) => {
  const person = await signUp(page, {
    name: "Gwen Ellis-Pryce",
    email: `${unique("privacy")}@example.test`,
    password: PASSWORD,
    regulator: "Social Work England",
    registrationNumber: "SW445566",
  });
  const [session] = await queryE2eDatabase<{ id: string; title: string }>(
    `SELECT id, title FROM "Session" WHERE status = 'PUBLISHED' AND "endsAt" < now() ORDER BY "startsAt", id LIMIT 1`,
  );
  if (!session) throw new Error("no past session in the demo data");
  const registrationId = unique("reg");
  await queryE2eDatabase(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, attendance, "attendanceMarkedAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 'CONFIRMED', 'ATTENDED', now(), now(), now())`,
    [registrationId, session.id, person.id],
  );
  // Downloading the certificate issues it.
  expect((await page.request.get(`/account/certificates/session/${registrationId}`)).status()).toBe(200);
  const [certificate] = await queryE2eDatabase<{ code: string }>(`SELECT code FROM "Certificate" WHERE "userId" = $1`, [person.id]);
  if (!certificate) throw new Error("the certificate was not issued");
  certificateCodes.push(certificate.code);
  const full = await fullUpcomingSession(person.id);

  // Download my data.
  await page.goto("/account");
  await page.getByRole("link", { name: "Your data and privacy: download or delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data and privacy" })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download your data (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cpd-week-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile(await download.path(), "utf8")) as {
    schemaVersion: number;
    account: Record<string, unknown>;
    registrations: { id: string; attendance: string; session: { title: string } }[];
    certificates: { code: string; registrationNumber: string | null }[];
  };
  expect(data.schemaVersion).toBe(1);
  expect(data.account).toMatchObject({ email: person.email, name: "Gwen Ellis-Pryce", registrationNumber: "SW445566" });
  expect(data.account).not.toHaveProperty("passwordHash");
  expect(data.registrations).toEqual([
    expect.objectContaining({ id: registrationId, attendance: "ATTENDED", session: expect.objectContaining({ title: session.title }) }),
    expect.objectContaining({ status: "CONFIRMED", session: expect.objectContaining({ title: full.title }) }),
  ]);
  expect(JSON.stringify(data)).not.toContain(full.waiter.email);
  expect(data.certificates).toEqual([expect.objectContaining({ code: certificate.code, registrationNumber: "SW445566" })]);
  const direct = await page.request.get("/account/privacy/my-data.json");
  expect(direct.headers()["content-disposition"]).toMatch(/^attachment; filename="cpd-week-my-data-/);
  expect(direct.headers()["cache-control"]).toBe("private, no-store");

  // Delete: the page says what will happen; bad input is refused field by field, writing nothing.
  await page.getByRole("link", { name: "Delete your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete your account" })).toBeVisible();
  await expect(page.getByText("You have no CPD record entries to delete.")).toBeVisible();
  await expect(page.getByText("Your place on 1 session still to come is cancelled and offered to the next person on its waiting list.")).toBeVisible();
  await expect(page.getByText("Your 1 certificate can still be checked")).toBeVisible();
  await expect(page.getByLabel("Show only my initials")).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(errorSummary(page).getByRole("link", { name: "Enter your password" })).toBeVisible();
  await expect(errorSummary(page).getByRole("link", { name: "Tick the box to confirm that you want to delete your account" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("I understand that my account").check();
  await page.getByLabel("Your password").fill("not my password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(errorSummary(page).getByRole("link", { name: "The password is not right. Enter the password you sign in with" })).toBeVisible();
  await expect(page.getByLabel("I understand that my account")).toBeChecked();
  expect(await queryE2eDatabase(`SELECT id FROM "User" WHERE id = $1`, [person.id])).toHaveLength(1);

  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/account\/privacy\/deleted$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account has been deleted" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await queryE2eDatabase(`SELECT id FROM "User" WHERE id = $1`, [person.id])).toHaveLength(0);
  expect(await queryE2eDatabase(`SELECT id FROM "Registration" WHERE id = $1`, [registrationId])).toHaveLength(0);
  // The place went to the person waiting, who is told by email.
  expect(await queryE2eDatabase(`SELECT "userId", status::text AS status FROM "Registration" WHERE "sessionId" = $1`, [full.sessionId])).toEqual([
    { userId: full.waiter.id, status: "CONFIRMED" },
  ]);
  await expect.poll(async () => (await emailsTo(full.waiter.email)).length).toBe(1);
  expect((await emailsTo(full.waiter.email))[0]).toContain(full.title);

  // Signed out, and the account cannot be used again.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email address or password is not right")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  // The certificate still verifies, with initials and a note that the holder left.
  await page.goto(`/certificates/verify/${certificate.code}`);
  await expect(page.getByRole("heading", { level: 1, name: /genuine/i })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("G. E.-P.");
  await expect(page.getByRole("main")).not.toContainText("Gwen");
  await expect(page.getByRole("heading", { name: "The holder has closed their account" })).toBeVisible();
  await expectNoAxeViolations(page);
});
