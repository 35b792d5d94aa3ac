import { expect, test, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { upcomingSlugs, upcomingWeekDates } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { submitSignUpForm } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";
import { emailsTo } from "./support/outbox";

// Organisers editing the programme in the browser: each test makes its own
// sessions (titles carry a random suffix) in the upcoming demo week, which is
// the week /programme shows.

function unique(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Thursday of the upcoming demo week (the seed and this test compute it the same way). */
function upcomingThursday(): string {
  return upcomingWeekDates().days[3]!;
}

async function aSpeaker(): Promise<{ id: string; name: string }> {
  const [speaker] = await queryE2eDatabase<{ id: string; name: string }>(`SELECT id, name FROM "Speaker" ORDER BY name LIMIT 1`);
  if (!speaker) throw new Error("The demo speakers are missing");
  return speaker;
}

async function sessionByTitle(title: string) {
  const [row] = await queryE2eDatabase<{ id: string; slug: string; status: string; startsAt: Date; capacity: number | null }>(
    `SELECT id, slug, status::text AS status, "startsAt", capacity FROM "Session" WHERE title = $1`,
    [title],
  );
  return row;
}

/** Fills the new-session form for an online session on Thursday of the upcoming week and saves it as a draft. */
async function createSessionThroughForm(page: Page, title: string, speakerId: string) {
  await page.goto("/admin/sessions/new");
  await expect(page.getByLabel("Week")).toHaveValue(/.+/);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary", { exact: true }).fill("A session made by the admin sessions browser test.");
  await page.getByLabel("Description", { exact: true }).fill("What happens in the session.\n\n- a list item");
  await page.getByLabel("Date", { exact: true }).fill(upcomingThursday());
  await page.getByLabel("Start time").fill("16:00");
  await page.getByLabel("End time").fill("17:00");
  await page.getByLabel("Format").selectOption("ONLINE");
  await page.getByLabel("Venue or platform").fill("Microsoft Teams");
  await page.getByLabel("Joining link").fill("https://teams.example.test/meet/abc");
  await page.getByLabel("Number of places").fill("20");
  await page.getByLabel("Social work practitioners").check();
  await page.locator("#speakerId-1").selectOption(speakerId);
  await page.locator("#speakerPart-1").selectOption("CHAIR");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The session has been created as a draft" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test.describe("admin: sessions", () => {
  test.beforeEach(async ({ page }) => {
    await signInAsOrganiser(page, "/admin/sessions");
  });

  test("the list shows the upcoming week's sessions with status, places and waiting list, and can be filtered", async ({ page }) => {
    await page.goto("/admin/sessions");
    await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.locator("caption")).toContainText("Glan Usk Practice Week");
    const full = table.getByRole("row").filter({ hasText: "Small-group coaching" });
    await expect(full).toContainText("Published");
    await expect(full).toContainText("3 / 3");
    await expect(full).toContainText("full");
    await expect(full.getByRole("cell").nth(3)).toHaveText("1");
    await expect(full.getByRole("link", { name: /^Registrations/ })).toHaveAttribute("href", /\/admin\/sessions\/[^/]+\/registrations$/);
    await expect(full.getByRole("link", { name: /^Attendance/ })).toHaveAttribute("href", /\/admin\/sessions\/[^/]+\/attendance$/);
    await expectNoAxeViolations(page);

    await page.getByLabel("Title, speaker or venue").fill("coaching");
    await page.getByLabel("Sort by").selectOption("fill");
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page).toHaveURL(/q=coaching/);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
    await page.getByLabel("Status").selectOption("draft");
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page.getByRole("cell", { name: "No sessions match these filters." })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("create a session with a speaker, publish it, see it on the programme, then move it and the public page changes", async ({ page }) => {
    const title = unique("Browser-made session");
    const speaker = await aSpeaker();
    await page.goto("/admin/sessions/new");
    await expectNoAxeViolations(page);
    await createSessionThroughForm(page, title, speaker.id);
    const stored = await sessionByTitle(title);
    expect(stored?.status).toBe("DRAFT");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The session is published" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Move back to draft" })).toBeVisible();

    await page.goto("/programme");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto(`/sessions/${stored!.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("16:00–17:00")).toBeVisible();
    await expect(page.getByRole("link", { name: speaker.name })).toBeVisible();
    await expect(page.getByText("(Chair)")).toBeVisible();

    await page.goto(`/admin/sessions/${stored!.id}`);
    await expect(page.getByLabel("Start time")).toHaveValue("16:00");
    await page.getByLabel("Start time").fill("13:15");
    await page.getByLabel("End time").fill("14:45");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The session has been saved." })).toBeVisible();

    await page.goto(`/sessions/${stored!.slug}`);
    await expect(page.getByText("13:15–14:45")).toBeVisible();
    await expect(page.getByText("16:00–17:00")).toHaveCount(0);
  });

  test("bad input is named beside each field, nothing is saved, and what was typed stays", async ({ page }) => {
    const title = unique("Never saved");
    await page.goto("/admin/sessions/new");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Date", { exact: true }).fill("2020-01-06");
    await page.getByLabel("Start time").fill("11:00");
    await page.getByLabel("End time").fill("10:00");
    await page.getByLabel("Format").selectOption("ONLINE");
    await page.getByLabel("Joining link").fill("http://not-secure.example.test");
    await page.getByLabel("Number of places").fill("0");
    await page.getByLabel("CPD hours").fill("1.3");
    await page.getByLabel("Web address name (slug)").fill("Not A Slug");
    const speaker = await aSpeaker();
    await page.locator("#speakerId-1").selectOption(speaker.id);
    await page.locator("#speakerId-2").selectOption(speaker.id);
    await page.getByRole("button", { name: "Save as draft" }).click();

    const summary = errorSummary(page);
    await expect(summary).toContainText("Enter a summary");
    await expect(summary).toContainText("The end time must be after the start time");
    await expect(page.locator("#endTime-error")).toContainText("The end time must be after the start time");
    await expect(page.locator("#joinUrl-error")).toContainText("starting with https://");
    await expect(page.locator("#capacity-error")).toContainText("whole number from 1");
    await expect(page.locator("#cpdHours-error")).toContainText("quarter hours");
    await expect(page.locator("#slug-error")).toContainText("lower-case letters");
    await expect(page.locator("#speakerId-2-error")).toContainText("already chosen");
    await expect(page.getByLabel("Number of places")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("Joining link")).toHaveValue("http://not-secure.example.test");
    await expect(page.getByLabel("Format")).toHaveValue("ONLINE");
    await expect(page.locator("#speakerId-2")).toHaveValue(speaker.id);
    await expectNoAxeViolations(page);

    // Fixing the form's own problems leaves the ones that need the week: the date is outside it.
    await page.getByLabel("Summary", { exact: true }).fill("Summary");
    await page.getByLabel("Description", { exact: true }).fill("Description");
    await page.getByLabel("End time").fill("12:00");
    await page.getByLabel("Joining link").fill("https://secure.example.test/join");
    await page.getByLabel("Number of places").fill("");
    await page.getByLabel("CPD hours").fill("");
    await page.getByLabel("Web address name (slug)").fill("");
    await page.locator("#speakerId-2").selectOption("");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.locator("#date-error")).toContainText("The date must be one of the week's days");
    await expect(errorSummary(page).getByRole("listitem")).toHaveCount(1);
    expect(await sessionByTitle(title)).toBeUndefined();
  });

  test("capacity cannot go below the places confirmed", async ({ page }) => {
    await page.goto("/admin/sessions?q=coaching");
    await page
      .getByRole("table")
      .getByRole("link", { name: /Small-group coaching/ })
      .first()
      .click();
    await expect(page.getByLabel("Number of places")).toHaveValue("3");
    await page.getByLabel("Number of places").fill("2");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator("#capacity-error")).toContainText("3 people already have a confirmed place, so there must be at least 3 places");
    const [row] = await queryE2eDatabase<{ capacity: number }>(`SELECT capacity FROM "Session" WHERE slug = $1`, [upcomingSlugs.full]);
    expect(row?.capacity).toBe(3);
    await expectNoAxeViolations(page);
  });

  test("cancelling asks first, then marks the session cancelled and emails the person booked", async ({ page, browser }) => {
    const title = unique("Session to cancel");
    await createSessionThroughForm(page, title, (await aSpeaker()).id);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The session is published" })).toBeVisible();
    const stored = (await sessionByTitle(title))!;

    // Someone books a place through the public site.
    const email = `cancel-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
    const attendeeContext = await browser.newContext();
    const attendee = await attendeeContext.newPage();
    await submitSignUpForm(attendee, { name: "Cancel Tester", email, password: "a long enough password", returnTo: `/sessions/${stored.slug}` });
    await attendee.getByRole("button", { name: "Book a place" }).click();
    await expect(attendee.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();
    await attendeeContext.close();

    await page.reload();
    await expect(page.getByText("1 confirmed place, nobody waiting.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Move back to draft" })).toHaveCount(0);
    await page.getByRole("link", { name: "Cancel this session" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Cancel this session?" })).toBeVisible();
    await expect(page.getByText("1 person who is booked or on the waiting list will be emailed.")).toBeVisible();
    expect((await sessionByTitle(title))?.status).toBe("PUBLISHED");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Yes, cancel the session and email 1 person" }).click();

    await expect(page.getByRole("status").filter({ hasText: "1 registered person is being emailed" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Status" }).locator("..")).toContainText("Cancelled");
    await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
    expect((await sessionByTitle(title))?.status).toBe("CANCELLED");
    // Sent by the job worker, a moment after the change committed.
    const cancellations = async () => (await emailsTo(email)).filter((message) => message.includes("Subject: Cancelled:"));
    await expect.poll(async () => (await cancellations()).length).toBe(1);
    const sent = await cancellations();
    const cancellation = await simpleParser(sent[0]!);
    expect(cancellation.subject).toBe(`Cancelled: ${title}`);
    expect(cancellation.text).toContain("The organiser has cancelled this session.");
    const calendar = cancellation.attachments.find((attachment) => attachment.contentType === "text/calendar");
    expect(calendar?.content.toString("utf8")).toContain("STATUS:CANCELLED");

    await page.goto(`/sessions/${stored.slug}`);
    await expect(page.getByRole("status").filter({ hasText: "This session has been cancelled" })).toBeVisible();
  });

  test("duplicate opens a draft copy; a session with no registrations can be deleted after confirming", async ({ page }) => {
    const title = unique("Session to copy");
    await createSessionThroughForm(page, title, (await aSpeaker()).id);
    await page.getByRole("button", { name: "Duplicate" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${title} (copy)` })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "This is a draft copy of the session" })).toBeVisible();
    await expect(page.locator("#speakerId-1")).not.toHaveValue("");
    await expect(page.getByLabel("Web address name (slug)")).toHaveValue(/-copy$/);

    await page.getByRole("link", { name: "Delete", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Delete this session?" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Yes, delete the session" }).click();
    await expect(page).toHaveURL(/\/admin\/sessions\?deleted=/);
    await expect(page.getByRole("status")).toContainText(`The session "${title} (copy)" has been deleted.`);
    expect(await sessionByTitle(`${title} (copy)`)).toBeUndefined();
    expect(await sessionByTitle(title)).toBeDefined();
  });

  test("a session with registrations is cancelled rather than deleted", async ({ page }) => {
    const [row] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Session" WHERE slug = $1`, [upcomingSlugs.full]);
    await page.goto(`/admin/sessions/${row!.id}/delete`);
    await expect(page.getByText("cannot be deleted because people have registered for it")).toBeVisible();
    await expect(page.getByRole("button", { name: "Yes, delete the session" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Cancel the session instead" })).toHaveAttribute("href", `/admin/sessions/${row!.id}/cancel`);
    await expectNoAxeViolations(page);
  });
});

test.describe("admin: sessions without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the session form shows its errors and saves a session with a speaker", async ({ page }) => {
    await signInAsOrganiser(page, "/admin/sessions/new");
    await page.goto("/admin/sessions/new");
    const title = unique("No-script session");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.locator("#summary-error")).toContainText("Enter a summary");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);

    await page.getByLabel("Summary", { exact: true }).fill("Made without JavaScript.");
    await page.getByLabel("Description", { exact: true }).fill("Made without JavaScript.");
    await page.getByLabel("Date", { exact: true }).fill(upcomingThursday());
    await page.getByLabel("Start time").fill("09:00");
    await page.getByLabel("End time").fill("09:45");
    await page.getByLabel("Format").selectOption("IN_PERSON");
    await page.getByLabel("Venue or platform").fill("County Hall");
    await page.locator("#speakerId-3").selectOption((await aSpeaker()).id);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const stored = await sessionByTitle(title);
    const speakers = await queryE2eDatabase<{ position: number }>(`SELECT position FROM "SessionSpeaker" WHERE "sessionId" = $1`, [stored!.id]);
    expect(speakers).toEqual([{ position: 0 }]);
  });
});
