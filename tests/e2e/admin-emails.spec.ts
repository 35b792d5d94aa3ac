import { randomBytes, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { upcomingSlugs } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { signInAsOrganiser } from "./support/auth";
import { e2eDatabaseUrlFile, queryE2eDatabase } from "./support/database";
import { emailsTo } from "./support/outbox";

// The admin emails page: the queue in words, failed and retrying emails with
// their errors, and "Try again", in English and Welsh. Each test that needs a
// failed email makes its own person, session copy and email.

const MAX_ATTEMPTS = 8;
const MAIL_ERROR = "connect ECONNREFUSED 127.0.0.1:2525";

/**
 * A confirmation email whose every attempt failed: a person booked on a copy
 * of an upcoming session, the email's job kept in the queue after its last
 * attempt, and its delivery record. One transaction, so the running job
 * worker never sees the job while it could still be sent.
 */
async function makeFailedEmail() {
  const tag = randomBytes(4).toString("hex");
  const person = { id: `e2eemail${tag}`, name: `Unsent ${tag}`, email: `unsent-${tag}@example.test` };
  const ids = { session: `e2eemailsession${tag}`, registration: `e2eemailreg${tag}`, email: randomUUID() };
  const title = `Emails test session ${tag}`;
  const client = new Client({ connectionString: (await readFile(e2eDatabaseUrlFile(), "utf8")).trim() });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Session" (id, "eventId", "themeId", slug, title, summary, description, "startsAt", "endsAt", format, capacity, status, "updatedAt")
       SELECT $1, "eventId", "themeId", $2, $3, summary, description, "startsAt", "endsAt", format, 10, 'PUBLISHED', now() FROM "Session" WHERE slug = $4`,
      [ids.session, `emails-test-${tag}`, title, upcomingSlugs.open],
    );
    await client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [person.id, person.email, person.name]);
    await client.query(`INSERT INTO "Registration" (id, "sessionId", "userId", status, "updatedAt") VALUES ($1, $2, $3, 'CONFIRMED', now())`, [
      ids.registration,
      ids.session,
      person.id,
    ]);
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM graphile_worker.add_job('send-registration-email', $1::json, max_attempts => $2, job_key => $3)`,
      [JSON.stringify({ emailId: ids.email, kind: "CONFIRMED", registrationId: ids.registration }), MAX_ATTEMPTS, ids.email],
    );
    await client.query(`UPDATE graphile_worker._private_jobs SET attempts = max_attempts, last_error = $2 WHERE id = $1`, [rows[0]?.id, MAIL_ERROR]);
    await client.query(
      `INSERT INTO "EmailDelivery" (id, kind, "registrationId", status, attempts, "lastError", "updatedAt") VALUES ($1, 'CONFIRMED', $2, 'FAILED', $3, $4, now() - interval '3 minutes')`,
      [ids.email, ids.registration, MAX_ATTEMPTS, MAIL_ERROR],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  return { person, title, emailId: ids.email };
}

const deliveryStatus = async (emailId: string) =>
  (await queryE2eDatabase<{ status: string }>(`SELECT status::text AS status FROM "EmailDelivery" WHERE id = $1`, [emailId]))[0]?.status;

test("an organiser sees the email queue in English and in Welsh, with the list or the empty state", async ({ page }) => {
  await signInAsOrganiser(page, "/admin/emails");
  await expect(page.getByRole("heading", { level: 1, name: "Emails to attendees" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Emails" })).toHaveAttribute("aria-current", "page");
  const queue = page.getByRole("region", { name: "The email queue" });
  await expect(queue).toContainText(/emails? (is|are) waiting to be sent|No emails are waiting to be sent/);
  await expect(queue).toContainText(/in the last 7 days/);
  const list = page.getByRole("table", { name: /Emails that failed or are waiting for another attempt/ });
  const empty = page.getByText("No emails have failed, and none are waiting for another attempt.");
  await expect(list.or(empty)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/cy/admin/emails");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Negeseuon e-bost at fynychwyr" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Y ciw negeseuon e-bost" })).toContainText(/yn ystod y 7 diwrnod diwethaf/);
  const welshList = page.getByRole("table", { name: /Negeseuon e-bost sydd wedi methu/ });
  const welshEmpty = page.getByText("Does dim negeseuon e-bost wedi methu, a does dim un yn aros am gynnig arall.");
  await expect(welshList.or(welshEmpty)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a failed email shows with its error, the dashboard points to it, and “Try again” sends it", async ({ page }) => {
  const failed = await makeFailedEmail();
  await signInAsOrganiser(page, "/admin");
  const alert = page.getByText(/emails? to attendees could not be sent/);
  await expect(alert).toBeVisible();
  await page.getByRole("link", { name: "See the emails that failed" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Emails to attendees" })).toBeVisible();

  const attention = page.getByRole("region", { name: "Needs attention" });
  await expect(attention).toContainText("Emails not sent:");
  await expect(attention).toContainText("could not be sent");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(failed.person.name) }) });
  await expect(row).toContainText(failed.person.email);
  await expect(row).toContainText("Place confirmed");
  await expect(row).toContainText(failed.title);
  await expect(row).toContainText("Failed");
  await expect(row).toContainText(MAIL_ERROR);
  await expect(row).toContainText(String(MAX_ATTEMPTS));
  await expect(row.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expectNoAxeViolations(page);

  // The same row in Welsh; the mail server's words stay English, marked as such.
  await page.goto("/cy/admin/emails");
  const welshRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(failed.person.name) }) });
  await expect(welshRow).toContainText("Wedi methu");
  await expect(welshRow).toContainText("Lle wedi’i gadarnhau");
  await expect(welshRow.locator('[lang="en"]', { hasText: MAIL_ERROR })).toBeVisible();
  await expect(page.getByRole("region", { name: "Angen sylw" })).toContainText("Negeseuon e-bost heb eu hanfon:");
  await expectNoAxeViolations(page);

  // Back to English (the language is remembered), by the language switch's own address.
  await page.goto("/en/admin/emails");
  await page.getByRole("button", { name: `Try again: Place confirmed email to ${failed.person.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/emails\\?done=retried&email=${failed.emailId}$`));
  await expect(page.getByRole("status")).toContainText("will be sent again shortly");
  await expectNoAxeViolations(page);

  // The job worker sends it, and records that.
  await expect.poll(async () => (await emailsTo(failed.person.email)).length, { timeout: 15_000 }).toBe(1);
  expect((await emailsTo(failed.person.email))[0]).toContain(failed.title);
  await expect.poll(() => deliveryStatus(failed.emailId), { timeout: 15_000 }).toBe("SENT");
  const audit = await queryE2eDatabase<{ action: string; entityType: string }>(`SELECT action, "entityType" FROM "AuditEntry" WHERE "entityId" = $1`, [
    failed.emailId,
  ]);
  expect(audit).toEqual([{ action: "email.retry", entityType: "email" }]);
  await page.reload();
  await expect(page.getByRole("rowheader", { name: new RegExp(failed.person.name) })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test("“Try again” works as a plain form, and a second try is refused with a reason", async ({ browser }) => {
    const failed = await makeFailedEmail();
    // Signing in takes the browser with JavaScript; the page itself is then used without.
    const signingIn = await browser.newPage();
    await signInAsOrganiser(signingIn, "/admin/emails");
    const state = await signingIn.context().storageState();
    await signingIn.close();
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: state });
    const page = await context.newPage();
    try {
      await page.goto("/cy/admin/emails");
      const button = page.getByRole("button", { name: `Rhoi cynnig arall arni: neges e-bost “Lle wedi’i gadarnhau” at ${failed.person.name}` });
      // Two copies of the same page: the second "Try again" comes after the first has gone through.
      const stale = await context.newPage();
      await stale.goto("/cy/admin/emails");
      await button.click();
      await expect(page.getByRole("status")).toContainText("yn cael ei hanfon eto cyn hir");
      await stale.getByRole("button", { name: `Rhoi cynnig arall arni: neges e-bost “Lle wedi’i gadarnhau” at ${failed.person.name}` }).click();
      await expect(stale.getByRole("alert").filter({ hasText: "Dydy’r neges e-bost honno ddim wedi’i nodi fel un a fethodd mwyach" })).toBeVisible();
      await expect.poll(() => deliveryStatus(failed.emailId), { timeout: 15_000 }).toBe("SENT");
      expect(await queryE2eDatabase(`SELECT 1 FROM "AuditEntry" WHERE "entityId" = $1`, [failed.emailId])).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
});
