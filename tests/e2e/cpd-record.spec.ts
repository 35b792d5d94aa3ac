import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/accessibility";
import { signUp } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";

// The CPD record end to end: each test signs up its own Social Work England
// social worker; attendance comes from the organiser (written with SQL, as the
// register would) or from self check-in on a session of its own made for the test.

function unique(label: string) {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
}

/** A Social Work England social worker of the test's own. */
const socialWorker = (name: string) => ({ name, email: `${unique("cpd")}@example.test`, regulator: "Social Work England", registrationNumber: "SW998877" });

/** A confirmed registration on a published session with the given attendance, as the organiser's register writes it. */
async function registration(userId: string, sessionId: string, attendance: "ATTENDED" | "UNMARKED") {
  const id = unique("reg");
  await queryE2eDatabase(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, attendance, "attendanceMarkedAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 'CONFIRMED', $4::"AttendanceStatus", CASE WHEN $4::text = 'ATTENDED' THEN now() END, now(), now())`,
    [id, sessionId, userId, attendance],
  );
  return id;
}

async function entryCount(userId: string) {
  const [row] = await queryE2eDatabase<{ count: string }>(`SELECT count(*) FROM "CpdEntry" WHERE "userId" = $1`, [userId]);
  return Number(row?.count);
}

/** A past published session of the demo weeks, with its CPD hours as the site counts them. */
async function pastSession(offset: number) {
  const [session] = await queryE2eDatabase<{ id: string; title: string; hours: string }>(
    `SELECT id, title, COALESCE("cpdHours", round(extract(epoch FROM "endsAt" - "startsAt") / 900) / 4)::text AS hours
     FROM "Session" WHERE status = 'PUBLISHED' AND "endsAt" < now() ORDER BY "startsAt", id OFFSET $1 LIMIT 1`,
    [offset],
  );
  if (!session) throw new Error("no past session in the demo data");
  return { ...session, hours: Number(session.hours) };
}

test("an attended session becomes a CPD entry with a reflection, totals and exports", async ({ page }) => {
  const { id: userId } = await signUp(page, socialWorker("Siân Llŷr"));
  const session = await pastSession(0);
  const attended = await registration(userId, session.id, "ATTENDED");

  await page.goto("/account");
  await page.getByRole("link", { name: "My CPD record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My CPD record" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ready for renewal?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Log CPD for ${session.title}` }).click();

  // The hours come from the session; bad input is refused beside each field, and nothing is written.
  await expect(page.getByLabel("CPD hours")).toHaveValue(String(session.hours));
  await page.getByLabel("CPD hours").fill(String(session.hours + 2.25));
  await page.getByLabel("What I learnt").fill("Too short");
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(errorSummary(page)).toContainText("CPD hours can be at most 2 more than the session's CPD hours");
  await expect(page.locator("#learning-error")).toContainText("What you learnt must be at least 20 characters");
  await expect(page.locator("#impact-error")).toContainText("Enter how it will change your practice");
  await expect(page.locator("#standards-error")).toContainText("Choose at least one standard");
  await expect(page.getByLabel("What I learnt")).toHaveValue("Too short");
  await expectNoAxeViolations(page);
  expect(await entryCount(userId)).toBe(0);

  await page.getByLabel("CPD hours").fill(String(session.hours));
  await page.getByLabel("What I learnt").fill("Using genograms to map the support around a family.");
  await page.getByLabel("How it will change my practice").fill("I will draw one with each family at the first visit.");
  await page.getByLabel("I reflected on this with a peer").check();
  await page.getByLabel("Discussion with a peer").fill("A fellow social worker in my team, over coffee: we agreed to try genograms with two families.");
  await page.getByLabel(/^1\.4 Value the importance of family/).check();
  await page.getByLabel(/^4\.6 Reflect on my learning activities/).check();
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(page).toHaveURL(/\/account\/cpd\?notice=saved$/);
  await expect(page.getByRole("status")).toContainText("Your CPD entry has been saved");
  await expect(page.getByRole("link", { name: `Log CPD for ${session.title}` })).toHaveCount(0);
  await expect(page.getByTestId("cpd-total")).toHaveText(`${session.hours} hours in 1 entry`.replace(/^1 hours/, "1 hour"));

  // Learning elsewhere: bad input first, then a reading entry dated today.
  await page.getByRole("link", { name: "Log CPD from outside the programme" }).click();
  await page.getByLabel("Date", { exact: true }).fill("2999-01-01");
  await page.getByLabel("CPD hours").fill("0.1");
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(page.locator("#title-error")).toContainText("Enter a title for the activity");
  await expect(page.locator("#activityType-error")).toContainText("Choose the type of activity");
  await expect(page.locator("#activityDate-error")).toContainText("The date cannot be in the future");
  await expect(page.locator("#hours-error")).toContainText("CPD hours must be at least 0.25");
  await expectNoAxeViolations(page);
  expect(await entryCount(userId)).toBe(1);

  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  await page.getByLabel("Title of the activity").fill("=Reading: trauma-informed practice");
  await page.getByLabel("Type of activity").selectOption({ label: "Reading" });
  await page.getByLabel("Date", { exact: true }).fill(today);
  await page.getByLabel("CPD hours").fill("2.5");
  await page.getByLabel("What I learnt").fill("How trauma shapes the way people respond to services.");
  await page.getByLabel("How it will change my practice").fill("I will plan first visits with the person's history in mind.");
  await page.getByLabel(/^3\.14 Assess the influence/).check();
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(page).toHaveURL(/notice=saved/);
  const total = session.hours + 2.5;
  await expect(page.getByTestId("cpd-total")).toHaveText(`${total} hours in 2 entries`);
  await expect(page.getByRole("table", { name: "CPD hours by type of activity" }).getByRole("row", { name: /Reading/ })).toContainText("2.5");
  await expect(page.getByRole("table", { name: "CPD hours by standard" }).getByRole("row", { name: /^1\.4/ })).toContainText(String(session.hours));
  // Only today's entry falls in this registration year (the demo sessions were in earlier years).
  await expect(page.getByRole("region", { name: "Ready for renewal?" })).toContainText("1 entry logged this registration year");
  await expectNoAxeViolations(page);

  // Exports, with the caller's cookies.
  const csv = await (await page.request.get("/account/cpd/record.csv")).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`,'=Reading: trauma-informed practice,Reading,2.5,"3.14 Assess the influence of cultural and social factors`);
  expect(csv).toContain("\r\n");
  const text = await page.request.get("/account/cpd/record.txt");
  expect(text.headers()["cache-control"]).toContain("no-store");
  const body = await text.text();
  expect(body).toContain("Name: Siân Llŷr\r\nRegulator: Social Work England\r\nRegistration number: SW998877");
  expect(body).toContain(`Title: ${session.title}`);
  expect(body).toContain("What I learnt:\r\nUsing genograms to map the support around a family.");
  expect(body).toContain("  1.4 Value the importance of family and community systems");
  const pdf = await page.request.get(`/account/cpd/record.pdf?from=${today}`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const folder = mkdtempSync(path.join(tmpdir(), "cpd-e2e-"));
  writeFileSync(path.join(folder, "record.pdf"), await pdf.body());
  const pdfText = execFileSync("pdftotext", [path.join(folder, "record.pdf"), "-"], { encoding: "utf8" });
  expect(pdfText).toContain("Siân Llŷr");
  expect(pdfText).toContain("SW998877");
  expect(pdfText).toContain("Total CPD hours: 2.5");
  expect(pdfText).toContain("=Reading: trauma-informed practice");
  expect(pdfText).not.toContain(session.title);

  // A second submit for the session edits its entry.
  await page.goto(`/account/cpd/sessions/${attended}`);
  await expect(page.getByLabel("I reflected on this with a peer")).toBeChecked();
  await page.getByLabel("CPD hours").fill(String(session.hours + 1));
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(page.getByTestId("cpd-total")).toHaveText(`${total + 1} hours in 2 entries`);
  expect(await entryCount(userId)).toBe(2);
});

test("other entries can be edited and deleted after confirming; other people's sessions cannot be logged", async ({ page, browser }) => {
  const { id: userId } = await signUp(page, socialWorker("Edit Person"));
  const notAttended = await registration(userId, (await pastSession(1)).id, "UNMARKED");
  const otherPage = await browser.newPage();
  const { id: otherUser } = await signUp(otherPage, socialWorker("Someone Else"));
  const theirs = await registration(otherUser, (await pastSession(2)).id, "ATTENDED");
  await otherPage.close();

  for (const registrationId of [notAttended, theirs, "no-such-registration"]) {
    await page.goto(`/account/cpd/sessions/${registrationId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Nothing to log here" })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await page.goto("/account/cpd/new");
  await page.getByLabel("Title of the activity").fill("Supervision on case recording");
  await page.getByLabel("Type of activity").selectOption({ label: "Supervision" });
  await page.getByLabel("Date", { exact: true }).fill("2026-01-15");
  await page.getByLabel("CPD hours").fill("1");
  await page.getByLabel("What I learnt").fill("Recording the reasons for decisions, not only the decisions.");
  await page.getByLabel("How it will change my practice").fill("My case notes will say why.");
  await page.getByLabel(/^3\.11 Maintain clear, accurate/).check();
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(page.getByTestId("cpd-total")).toHaveText("1 hour in 1 entry");

  await page.getByRole("link", { name: "Edit Supervision on case recording" }).click();
  await expect(page.getByLabel(/^3\.11 Maintain clear, accurate/)).toBeChecked();
  await page.getByLabel("CPD hours").fill("101");
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(page.locator("#hours-error")).toContainText("CPD hours are too many for one entry");
  await page.getByLabel("CPD hours").fill("1.75");
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(page.getByTestId("cpd-total")).toHaveText("1.75 hours in 1 entry");

  // The date filter: an empty period, then all again.
  await page.getByLabel("From").fill("2026-02-01");
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(/from=2026-02-01/);
  await expect(page.getByText("You have not logged any CPD in this period yet.")).toBeVisible();
  await page.getByRole("link", { name: "Show all entries" }).click();

  await page.getByRole("link", { name: "Delete Supervision on case recording" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete this CPD entry?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "No, keep it" }).click();
  expect(await entryCount(userId)).toBe(1);
  await page.getByRole("link", { name: "Delete Supervision on case recording" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("status")).toContainText("The CPD entry has been deleted");
  expect(await entryCount(userId)).toBe(0);
});

// The check-in test makes a published week running today, which would become
// the site's "current week" for the specs after it: take it away afterwards.
const temporaryEventIds: string[] = [];
test.afterAll(async () => {
  if (temporaryEventIds.length > 0) await queryE2eDatabase(`DELETE FROM "Event" WHERE id = ANY($1)`, [temporaryEventIds]);
});

test("self check-in: the organiser turns it on, the attendee checks in with the code and logs CPD", async ({ page, browser }) => {
  // Ids shaped like the app's own (short), as the admin actions check them.
  const slug = unique("ci");
  const eventId = `${slug}e`;
  const sessionId = `${slug}s`;
  temporaryEventIds.push(eventId);
  await queryE2eDatabase(
    `INSERT INTO "Event" (id, slug, title, summary, "startDate", "endDate", "organiserName", status, "createdAt", "updatedAt")
     VALUES ($1, $2, 'Check-in week', 'A week for the check-in test.', current_date, current_date, 'Test organiser', 'PUBLISHED', now(), now())`,
    [eventId, slug],
  );
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", slug, title, summary, description, "startsAt", "endsAt", format, status, "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 'Check-in session', 'Generated', 'Generated', now() - interval '30 minutes', now() + interval '30 minutes', 'IN_PERSON', 'PUBLISHED', now(), now())`,
    [sessionId, eventId, `${slug}-session`],
  );
  const { id: userId } = await signUp(page, socialWorker("Checking In"));
  const registrationId = await registration(userId, sessionId, "UNMARKED");

  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await signInAsOrganiser(organiser, `/admin/sessions/${sessionId}/attendance`);
  await organiser.getByRole("button", { name: "Turn on self check-in" }).click();
  await expect(organiser.getByRole("region", { name: "Self check-in" }).getByRole("status")).toHaveText("Self check-in is on.");
  const code = (await organiser.getByTestId("check-in-code").textContent()) ?? "";
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expectNoAxeViolations(organiser);
  await organiserContext.close();

  await page.goto("/account");
  await page.getByRole("link", { name: "Check in to Check-in session" }).click();
  await page.getByLabel("Check-in code").fill(code === "AAAAAA" ? "BBBBBB" : "AAAAAA");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.locator("#code-error")).toContainText("That code is not right");
  await expectNoAxeViolations(page);
  const [before] = await queryE2eDatabase<{ attendance: string }>(`SELECT attendance FROM "Registration" WHERE id = $1`, [registrationId]);
  expect(before?.attendance).toBe("UNMARKED");

  await page.getByLabel("Check-in code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page).toHaveURL(new RegExp(`/account/cpd/sessions/${registrationId}\\?checkedIn=1$`));
  await expect(page.getByRole("status")).toContainText("You are checked in");
  await expect(page.getByLabel("CPD hours")).toHaveValue("1");
  const [after] = await queryE2eDatabase<{ attendance: string; self: boolean }>(
    `SELECT attendance, "selfCheckedInAt" IS NOT NULL AS self FROM "Registration" WHERE id = $1`,
    [registrationId],
  );
  expect(after).toEqual({ attendance: "ATTENDED", self: true });
});

test("downloads are only for the signed-in person: anonymous visitors are sent to sign in", async ({ request }) => {
  for (const file of ["record.csv", "record.txt", "record.pdf"]) {
    const response = await request.get(`/account/cpd/${file}`, { maxRedirects: 0 });
    expect(response.status(), file).toBe(303);
    expect(response.headers()["location"]).toBe("/sign-in?callbackUrl=%2Faccount%2Fcpd");
  }
});
