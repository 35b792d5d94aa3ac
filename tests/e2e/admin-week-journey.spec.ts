// One organiser's journey through the admin area, end to end: a new theme, a
// new speaker and a session using both; publish it and see it in the public
// programme; someone books; attendance marked in bulk; the CSV checked; the
// time moved and the public page follows; the session cancelled and the
// person booked emailed.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { simpleParser } from "mailparser";
import { UPCOMING_EVENT_SLUG, upcomingWeekDates } from "../../prisma/seed/glan-usk-practice-week";
import { submitSignUpForm } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { emailsTo } from "./support/outbox";

const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const themeName = `Journey theme ${tag}`;
const speakerName = `Journey Speaker ${tag}`;
const title = `Journey session ${tag}`;

// The journey works in the upcoming demo week, which other specs read (its
// themes on the home page, say): take away what it made, whatever happened.
test.afterAll(async () => {
  await queryE2eDatabase(`DELETE FROM "Session" WHERE title = $1`, [title]);
  await queryE2eDatabase(`DELETE FROM "Theme" WHERE name = $1`, [themeName]);
  await queryE2eDatabase(`DELETE FROM "Speaker" WHERE name = $1`, [speakerName]);
});

test("an organiser runs a session from creation to cancellation", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const [event] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Event" WHERE slug = $1`, [UPCOMING_EVENT_SLUG]);
  expect(event).toBeDefined();

  await signInAsOrganiser(page);

  // A theme and a speaker.
  await page.goto(`/admin/themes/new?event=${event!.id}`);
  await page.getByLabel("Name", { exact: true }).fill(themeName);
  await page.getByLabel("Summary", { exact: true }).fill("Sessions made by the journey test.");
  await page.getByLabel("Colour").fill("#1d4f91");
  await page.getByLabel("Position").fill("9");
  await page.getByRole("button", { name: "Create theme" }).click();
  await expect(page.getByRole("heading", { level: 1, name: themeName })).toBeVisible();

  await page.goto("/admin/speakers/new");
  await page.getByLabel("Name", { exact: true }).fill(speakerName);
  await page.getByRole("button", { name: "Add speaker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: speakerName })).toBeVisible();

  // A session with both, on Thursday of the upcoming week, 10:00–11:30 London time.
  await page.goto("/admin/sessions/new");
  await page.getByLabel("Week").selectOption({ value: event!.id });
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary", { exact: true }).fill("A session made by the journey test.");
  await page.getByLabel("Description", { exact: true }).fill("What happens in the session.");
  await page.getByLabel("Theme").selectOption({ label: themeName });
  await page.getByLabel("Date", { exact: true }).fill(upcomingWeekDates().days[3]!);
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("End time").fill("11:30");
  await page.getByLabel("Format").selectOption("ONLINE");
  await page.getByLabel("Venue or platform").fill("Microsoft Teams");
  await page.getByLabel("Joining link").fill("https://teams.example.test/meet/journey");
  await page.getByLabel("Number of places").fill("10");
  await page.locator("#speakerId-1").selectOption({ label: speakerName });
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The session has been created as a draft" })).toBeVisible();

  // Drafts are not public; publishing puts it in the programme at once.
  const [session] = await queryE2eDatabase<{ id: string; slug: string }>(`SELECT id, slug FROM "Session" WHERE title = $1`, [title]);
  expect(session).toBeDefined();
  expect((await page.request.get(`/sessions/${session!.slug}`)).status()).toBe(404);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The session is published" })).toBeVisible();
  await page.goto(
    `/programme?theme=${encodeURIComponent((await queryE2eDatabase<{ slug: string }>(`SELECT slug FROM "Theme" WHERE name = $1`, [themeName]))[0]!.slug)}`,
  );
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto(`/sessions/${session!.slug}`);
  await expect(page.getByText("10:00–11:30")).toBeVisible();
  await expect(page.getByRole("link", { name: speakerName })).toBeVisible();

  // Someone books a place on the public site.
  const attendeeName = `Journey Attendee ${tag}`;
  const attendeeEmail = `journey-${tag}@example.test`;
  const attendeeContext = await browser.newContext();
  const attendee = await attendeeContext.newPage();
  await submitSignUpForm(attendee, {
    name: attendeeName,
    email: attendeeEmail,
    password: "a long enough password",
    regulator: "Social Care Wales",
    registrationNumber: "SCW-123456",
    returnTo: `/sessions/${session!.slug}`,
  });
  await attendee.getByRole("button", { name: "Book a place" }).click();
  await expect(attendee.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();
  await attendeeContext.close();

  // Attendance, in bulk, from the register.
  await page.goto(`/admin/sessions/${session!.id}/attendance`);
  await page.getByRole("checkbox", { name: `Select ${attendeeName}` }).check();
  await page.getByRole("button", { name: "Mark selected as attended" }).click();
  await expect(page.getByRole("status")).toHaveText("Attendance saved for 1 person.");
  await expect(page.getByRole("row", { name: new RegExp(attendeeName) })).toContainText("Attended");

  // The CSV says so.
  await page.goto(`/admin/sessions/${session!.id}/registrations`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /this session.s registrations \(CSV\)/ }).click()]);
  const csv = (await readFile((await download.path())!)).toString("utf8");
  const row = csv.split("\r\n").find((line) => line.includes(attendeeEmail));
  expect(row).toBe(
    `${title},${upcomingWeekDates().days[3]},10:00,${attendeeName},${attendeeEmail},,,Social Care Wales,SCW-123456,Confirmed,,${row?.split(",")[11]},Attended,1.5`,
  );

  // Moving the session moves the public page.
  await page.goto(`/admin/sessions/${session!.id}`);
  await page.getByLabel("Start time").fill("14:00");
  await page.getByLabel("End time").fill("15:30");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The session has been saved." })).toBeVisible();
  await page.goto(`/sessions/${session!.slug}`);
  await expect(page.getByText("14:00–15:30")).toBeVisible();

  // Cancelling emails the person booked, with a calendar file that cancels the entry.
  await page.goto(`/admin/sessions/${session!.id}/cancel`);
  await page.getByRole("button", { name: "Yes, cancel the session and email 1 person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 registered person is being emailed" })).toBeVisible();
  await expect.poll(async () => (await emailsTo(attendeeEmail)).filter((message) => message.includes("Subject: Cancelled:")).length).toBe(1);
  const cancellation = await simpleParser((await emailsTo(attendeeEmail)).find((message) => message.includes("Subject: Cancelled:"))!);
  expect(cancellation.subject).toBe(`Cancelled: ${title}`);
  expect(cancellation.text).toContain("14:00 to 15:30");
  expect(cancellation.attachments.find((attachment) => attachment.contentType === "text/calendar")?.content.toString("utf8")).toContain("STATUS:CANCELLED");

  // And the audit log tells the story.
  await page.goto(`/admin/audit?entityType=session&entityId=${session!.id}`);
  await expect(page.getByRole("table")).toContainText("session.create");
  await expect(page.getByRole("table")).toContainText("session.cancel");
});
