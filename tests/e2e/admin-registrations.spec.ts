import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { upcomingSlugs } from "../../prisma/seed/glan-usk-practice-week";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";
import { expectNoAxeViolations } from "./support/accessibility";
import { sampleParams } from "./support/admin-urls";
import { signInAsAttendee, signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";
import { emailsTo } from "./support/outbox";

// Organisers managing a session's registrations and its attendance register,
// and downloading registrations as CSV. Reading and CSV use the seeded full
// workshop (12 confirmed, 2 waiting); attendance marks made on it are undone
// at the end of each test; cancelling on someone's behalf uses a session and
// people made for the test.

async function workshop() {
  const { sessionId, eventId } = await sampleParams();
  return {
    sessionId: sessionId!,
    eventId: eventId!,
    registrations: `/admin/sessions/${sessionId}/registrations`,
    attendance: `/admin/sessions/${sessionId}/attendance`,
  };
}

async function attendanceOf(sessionId: string, names: string[]) {
  const rows = await queryE2eDatabase<{ name: string; attendance: string; marked: boolean }>(
    `SELECT u.name, r.attendance::text AS attendance, r."attendanceMarkedAt" IS NOT NULL AS marked
       FROM "Registration" r JOIN "User" u ON u.id = r."userId"
      WHERE r."sessionId" = $1 AND u.name = ANY($2) ORDER BY u.name`,
    [sessionId, names],
  );
  return rows;
}

function total(page: Page, key: "attended" | "absent" | "unmarked") {
  return page.locator(`[data-total="${key}"] dd`);
}

test.describe("a session's registrations", () => {
  test("lists confirmed places, the waiting list in order and the counts, and refuses a hand promotion when full", async ({ page }) => {
    const { sessionId, registrations } = await workshop();
    await signInAsOrganiser(page, registrations);
    await expect(page.getByRole("heading", { level: 1, name: "Social media and CPD in social work: critical perspectives" })).toBeVisible();
    await expect(page.getByText("Wednesday 19 March 2025, 14:30–16:30 GMT")).toBeVisible();
    const places = page.getByRole("region", { name: "Places", exact: true });
    await expect(places).toContainText("12 of 12");
    await expect(places).toContainText("None: the session is full");
    await expect(places).toContainText("2 people");

    const confirmed = page.getByRole("table", { name: "Confirmed places (12)" });
    await expect(confirmed.getByRole("row")).toHaveCount(13);
    await expect(confirmed).toContainText("Carys Pritchard");
    const waiting = page.getByRole("table", { name: "Waiting list, in order (2)" });
    await expect(waiting.getByRole("rowheader")).toContainText(["Dafydd Jenkins", "Mei Lin Chen"]);
    await expect(waiting.getByRole("rowheader").first()).toContainText("attendee13@demo.cpdweek.test");
    await expect(waiting.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("1");
    await expect(page.getByText("The session is full. To give someone on the waiting list a place")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit the session" }).first()).toHaveAttribute("href", `/admin/sessions/${sessionId}`);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Give a confirmed place: Dafydd Jenkins" }).click();
    await expect(errorSummary(page)).toContainText("The session is full, so nobody can be moved from the waiting list. Raise the capacity");
    const [dafydd] = await queryE2eDatabase<{ status: string }>(
      `SELECT r.status::text AS status FROM "Registration" r JOIN "User" u ON u.id = r."userId" WHERE r."sessionId" = $1 AND u.name = 'Dafydd Jenkins'`,
      [sessionId],
    );
    expect(dafydd?.status).toBe("WAITLISTED");
    await expectNoAxeViolations(page);
  });

  test("cancelling on someone's behalf takes a confirmation, frees the place and emails the person and the next one waiting", async ({ page }) => {
    const tag = randomBytes(4).toString("hex");
    const sessionId = `e2eadminreg${tag}`;
    const title = `Registrations test session ${tag}`;
    const holder = { id: `e2eholder${tag}`, name: `Holder ${tag}`, email: `holder-${tag}@example.test` };
    const waiter = { id: `e2ewaiter${tag}`, name: `Waiter ${tag}`, email: `waiter-${tag}@example.test` };
    // A copy of an upcoming session with one place, taken, and one person waiting.
    await queryE2eDatabase(
      `INSERT INTO "Session" (id, "eventId", "themeId", slug, title, summary, description, "startsAt", "endsAt", format, capacity, status, "updatedAt")
       SELECT $1, "eventId", "themeId", $2, $3, summary, description, "startsAt", "endsAt", format, 1, 'PUBLISHED', now() FROM "Session" WHERE slug = $4`,
      [sessionId, `registrations-test-${tag}`, title, upcomingSlugs.open],
    );
    for (const person of [holder, waiter]) {
      await queryE2eDatabase(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [person.id, person.email, person.name]);
    }
    await queryE2eDatabase(
      `INSERT INTO "Registration" (id, "sessionId", "userId", status, "waitlistPosition", "createdAt", "updatedAt") VALUES
         ($1, $3, $4, 'CONFIRMED', NULL, now() - interval '2 hours', now()),
         ($2, $3, $5, 'WAITLISTED', 1, now() - interval '1 hour', now())`,
      [`e2eregholder${tag}`, `e2eregwaiter${tag}`, sessionId, holder.id, waiter.id],
    );

    await signInAsOrganiser(page, `/admin/sessions/${sessionId}/registrations`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const confirm = page.getByRole("button", { name: `Yes, cancel this registration: ${holder.name}` });
    await expect(confirm).toBeHidden();
    await page.getByText("Cancel registration").first().click();
    await expect(page.getByText(`This cancels ${holder.name}’s place.`)).toBeVisible();
    await confirm.click();

    await expect(page.getByRole("status")).toContainText(
      `The registration of ${holder.name} has been cancelled. The first person on the waiting list now has a place`,
    );
    await expect(page.getByRole("table", { name: "Confirmed places (1)" })).toContainText(waiter.name);
    await expect(page.getByRole("table", { name: "Cancelled registrations (1)" })).toContainText(holder.name);
    await expect(page.getByText("Nobody is on the waiting list.")).toBeVisible();
    const rows = await queryE2eDatabase<{ id: string; status: string }>(
      `SELECT id, status::text AS status FROM "Registration" WHERE "sessionId" = $1 ORDER BY id`,
      [sessionId],
    );
    expect(rows).toEqual([
      { id: `e2eregholder${tag}`, status: "CANCELLED" },
      { id: `e2eregwaiter${tag}`, status: "CONFIRMED" },
    ]);
    const audit = await queryE2eDatabase<{ action: string; entityId: string }>(
      `SELECT action, "entityId" FROM "AuditEntry" WHERE "entityId" = ANY($1) ORDER BY action`,
      [[`e2eregholder${tag}`, `e2eregwaiter${tag}`]],
    );
    expect(audit).toEqual([
      { action: "registration.cancel", entityId: `e2eregholder${tag}` },
      { action: "registration.promote", entityId: `e2eregwaiter${tag}` },
    ]);
    await expect.poll(async () => (await emailsTo(waiter.email)).length).toBe(1);
    expect((await emailsTo(waiter.email))[0]).toContain(title);
    await expect.poll(async () => (await emailsTo(holder.email)).length).toBe(1);
    expect((await emailsTo(holder.email))[0]).toContain("Your place has been cancelled");
  });
});

test.describe("the attendance register", () => {
  test("marks people in bulk, shows the totals change, and names an empty selection beside the list", async ({ page }) => {
    const { sessionId, attendance } = await workshop();
    const people = ["Carys Pritchard", "Rhodri Bevan"];
    await signInAsOrganiser(page, attendance);
    await expect(page.getByRole("heading", { level: 1, name: "Social media and CPD in social work: critical perspectives" })).toBeVisible();
    const attendedBefore = Number(await total(page, "attended").textContent());
    const unmarkedBefore = Number(await total(page, "unmarked").textContent());
    await expectNoAxeViolations(page);

    // Nothing ticked: the problem is named, and nothing changes.
    await page.getByRole("button", { name: "Mark selected as attended" }).click();
    await expect(errorSummary(page)).toContainText("Select at least one person");
    await expect(page.locator("#registrationIds-error")).toContainText("Select at least one person");
    await expectNoAxeViolations(page);

    for (const name of people) await page.getByRole("checkbox", { name: `Select ${name}` }).check();
    await page.getByRole("button", { name: "Mark selected as attended" }).click();
    await expect(page.getByRole("status")).toHaveText("Attendance saved for 2 people.");
    await expect(total(page, "attended")).toHaveText(String(attendedBefore + 2));
    await expect(total(page, "unmarked")).toHaveText(String(unmarkedBefore - 2));
    await expect(page.getByRole("row", { name: /Carys Pritchard/ })).toContainText("Attended");
    expect(await attendanceOf(sessionId, people)).toEqual([
      { name: "Carys Pritchard", attendance: "ATTENDED", marked: true },
      { name: "Rhodri Bevan", attendance: "ATTENDED", marked: true },
    ]);

    // The name filter finds one person; marks can be cleared one by one.
    await page.getByLabel("Find a person by name or email").fill("rhodri");
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=rhodri/);
    await expect(page.getByText("1 person matches “rhodri”.")).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(1);
    await page.getByRole("button", { name: "Clear: Rhodri Bevan" }).click();
    await expect(page).toHaveURL(/q=rhodri.*#row-/);
    await expect(page.getByRole("status").first()).toContainText("Rhodri Bevan: Not yet marked.");
    await page.getByRole("link", { name: "Show everyone" }).click();
    await page.getByRole("button", { name: "Clear: Carys Pritchard" }).click();
    await expect(total(page, "attended")).toHaveText(String(attendedBefore));
    expect(await attendanceOf(sessionId, people)).toEqual([
      { name: "Carys Pritchard", attendance: "UNMARKED", marked: false },
      { name: "Rhodri Bevan", attendance: "UNMARKED", marked: false },
    ]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("marks one person with plain forms and reopens at their row", async ({ page }) => {
      const { sessionId, attendance } = await workshop();
      await signInAsOrganiser(page, attendance);
      await page.getByRole("button", { name: "Not attended: Amira Haddad" }).click();
      await expect(page).toHaveURL(/#row-/);
      await expect(page.getByRole("row", { name: /Amira Haddad/ })).toContainText("Not attended");
      await expect(page.getByRole("row", { name: /Amira Haddad/ })).toContainText("Just saved");
      expect(await attendanceOf(sessionId, ["Amira Haddad"])).toEqual([{ name: "Amira Haddad", attendance: "ABSENT", marked: true }]);
      await page.getByRole("button", { name: "Clear: Amira Haddad" }).click();
      expect(await attendanceOf(sessionId, ["Amira Haddad"])).toEqual([{ name: "Amira Haddad", attendance: "UNMARKED", marked: false }]);
    });
  });
});

test.describe("CSV downloads", () => {
  test("an organiser downloads a session's registrations, ready for Excel", async ({ page }) => {
    const { registrations } = await workshop();
    await signInAsOrganiser(page, registrations);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /this session.s registrations \(CSV\)/ }).click()]);
    expect(download.suggestedFilename()).toBe(`registrations-${demoSlugs.fullWorkshop}.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "Session,Date,Start,Name,Email,Organisation,Job role,Registered with,Registration number,Status,Waiting-list position,Registered at,Attendance,CPD hours",
    );
    expect(lines).toHaveLength(1 + 14 + 1);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(lines.find((line) => line.includes("Carys Pritchard"))).toMatch(
      /^Social media and CPD in social work: critical perspectives,2025-03-19,14:30,Carys Pritchard,attendee01@demo\.cpdweek\.test,Taff Valley Council,Social worker,Social Care Wales,,Confirmed,,2025-02-18 \d\d:\d\d,(Not yet marked|Attended|Not attended),2$/,
    );
    expect(lines.find((line) => line.includes("Mei Lin Chen"))).toContain(",Waiting list,2,");
  });

  test("an organiser downloads the whole week's registrations", async ({ page }) => {
    const { registrations } = await workshop();
    await signInAsOrganiser(page, registrations);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /whole week.s registrations \(CSV\)/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^registrations-social-work-week-2025\.csv$/);
    const text = (await readFile((await download.path())!)).toString("utf8");
    expect(text.startsWith("\uFEFFSession,Date,Start,Name")).toBe(true);
    expect(text).toContain("Social media and CPD in social work: critical perspectives,2025-03-19,14:30,");
    expect(text).toContain(",Cancelled,");
  });

  test("anonymous visitors get 401, attendees 403 and unknown ids 404, never a redirect", async ({ page, request }) => {
    const { sessionId, eventId } = await workshop();
    const urls = [`/admin/sessions/${sessionId}/registrations.csv`, `/admin/events/${eventId}/registrations.csv`];
    for (const url of urls) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(401);
      expect(response.headers()["cache-control"]).toContain("no-store");
      expect(await response.text()).not.toContain("@");
    }
    await signInAsAttendee(page);
    for (const url of urls) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(403);
      expect(await response.text()).not.toContain("@");
    }
    await page.context().clearCookies();
    await signInAsOrganiser(page);
    for (const url of ["/admin/sessions/nosuchsession/registrations.csv", "/admin/events/nosuchevent/registrations.csv"]) {
      expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
    }
    const ok = await page.request.get(urls[0]!, { maxRedirects: 0 });
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-disposition"]).toBe(`attachment; filename="registrations-${demoSlugs.fullWorkshop}.csv"`);
    expect(ok.headers()["cache-control"]).toContain("no-store");
  });
});
