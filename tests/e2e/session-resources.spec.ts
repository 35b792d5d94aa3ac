import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccounts } from "../../prisma/seed/demo-accounts";
import { UPCOMING_EVENT_SLUG } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { submitSignUpForm } from "./support/accounts";
import { signInAsAttendee, signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";

// Slides, recordings and reading (issue 15): an organiser attaches links to a
// session (an http:// link is refused first, beside its field), including a
// recording for attendees. Once the session has ended, a person marked as
// attended finds the recording on the session's page; someone with a place
// who did not attend, and an anonymous visitor (whose page is the stored,
// shared one), never do.

const tag = () => randomBytes(4).toString("hex");
const t = tag();
const sessionId = `e2eresources${t}${tag()}`;
const slug = `resources-team-briefing-${t}`;
const sessionTitle = `Team briefing with slides and a recording ${t}`;
const recordingUrl = `https://glanusk.sharepoint.com/:v:/s/practiceweek/briefing-recording-${t}`;
const slidesUrl = `https://www.glanusk.gov.uk/practice-week/briefing-slides-${t}.pdf`;
const attendeeEmail = `rhiannon-${t}@example.test`;

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test.beforeAll(async () => {
  // An upcoming session of the published week, for the organiser to prepare.
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", slug, title, summary, description, "startsAt", "endsAt", format, venue, capacity, status, "updatedAt")
     SELECT $1, e.id, $2, $3, 'Made by the session resources test.', 'Made by the session resources test.', e."startDate" + interval '2 days 10 hours',
       e."startDate" + interval '2 days 11 hours', 'IN_PERSON', 'County Hall, Pontwysg', 30, 'PUBLISHED', now()
     FROM "Event" e WHERE e.slug = $4`,
    [sessionId, slug, sessionTitle, UPCOMING_EVENT_SLUG],
  );
});

test.afterAll(async () => {
  await queryE2eDatabase(`DELETE FROM "Session" WHERE id = $1`, [sessionId]);
  await queryE2eDatabase(`DELETE FROM "User" WHERE email = $1`, [attendeeEmail]);
});

test("an organiser adds a recording for attendees; it appears to an attendee after the session and never to anyone else", async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(150_000);

  // The organiser finds the page from the session's own admin page.
  await signInAsOrganiser(page, `/admin/sessions/${sessionId}`);
  await page.getByRole("link", { name: "Slides, recordings and reading" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sessionTitle);
  await expect(page.getByRole("link", { name: "Slides, recordings and reading", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("No resources yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  // An http:// link is refused, beside its field, and what was typed is kept.
  await page.getByLabel("What it is").selectOption({ label: "Recording" });
  await page.getByLabel("Title", { exact: true }).fill("Recording of the briefing");
  await page.getByLabel("Title in Welsh (Teitl yn Gymraeg)").fill("Recordiad o’r sesiwn friffio");
  await page.getByLabel("Link", { exact: true }).fill(recordingUrl.replace("https://", "http://"));
  await page.getByLabel("Only people marked as attended (by the register or by checking in)").check();
  await page.getByRole("button", { name: "Add the resource" }).click();
  const httpsOnly = "Enter a link that starts with https:// (http:// and other kinds of link are not accepted)";
  await expect(errorSummary(page)).toContainText(httpsOnly);
  await expect(page.locator("#url-error")).toContainText(httpsOnly);
  await expect(page.getByLabel("Link", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Recording of the briefing");
  await expectNoAxeViolations(page);
  expect((await queryE2eDatabase(`SELECT id FROM "SessionResource" WHERE "sessionId" = $1`, [sessionId])).length).toBe(0);

  await page.getByLabel("Link", { exact: true }).fill(recordingUrl);
  await page.getByRole("button", { name: "Add the resource" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added “Recording of the briefing”" })).toBeVisible();

  // Then the slides, for everyone, moved above the recording.
  await page.getByLabel("What it is").selectOption({ label: "Slides" });
  await page.getByLabel("Title", { exact: true }).fill("Slides from the briefing");
  await page.getByLabel("Title in Welsh (Teitl yn Gymraeg)").fill("Sleidiau’r sesiwn friffio");
  await page.getByLabel("Link", { exact: true }).fill(slidesUrl);
  await page.getByLabel("Everyone who visits the session’s page").check();
  await page.getByRole("button", { name: "Add the resource" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added “Slides from the briefing”" })).toBeVisible();
  await page.getByRole("button", { name: "Move up Slides from the briefing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved “Slides from the briefing”" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Resources (2)" })).toBeVisible();
  const list = page.locator("ol > li[id^=resource-]");
  await expect(list.first()).toContainText("Slides: Slides from the briefing");
  await expect(list.nth(1)).toContainText("Recording: Recording of the briefing");
  await expect(list.nth(1)).toContainText("People who attended");
  await expect(list.nth(1)).toContainText("Shown once the session has ended.");
  await expectNoAxeViolations(page);

  // Someone with a place, who will attend; the demo attendee has a place too, and will not.
  const attendee = await newPage(browser);
  await submitSignUpForm(attendee, {
    name: `Rhiannon Resources ${t}`,
    email: attendeeEmail,
    password: "a long enough password",
    returnTo: `/sessions/${slug}`,
  });
  await attendee.getByRole("button", { name: "Book a place" }).click();
  await expect(attendee.getByRole("status").first()).toContainText("Your place is confirmed");
  const [alex] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [demoAccounts.attendee.email]);
  await queryE2eDatabase(`INSERT INTO "Registration" (id, "sessionId", "userId", status, "updatedAt") VALUES ($1, $2, $3, 'CONFIRMED', now())`, [
    `e2eresreg${t}${tag()}`,
    sessionId,
    alex!.id,
  ]);

  // Before the session: the slides for everyone; the recording for nobody yet.
  const resources = (who: Page) => who.locator("section", { has: who.getByRole("heading", { name: "Slides, recordings and reading" }) });
  await attendee.reload();
  await expect(resources(attendee).getByRole("link", { name: "Slides from the briefing" })).toHaveAttribute("href", slidesUrl);
  await expect(resources(attendee)).toContainText("(glanusk.gov.uk)");
  await expect(resources(attendee).getByRole("link", { name: "Recording of the briefing" })).toHaveCount(0);
  await expect(resources(attendee)).toContainText("More will be available here to people who attended this session.");

  // The session took place, and the register says the new person attended (the demo attendee did not).
  await queryE2eDatabase(`UPDATE "Session" SET "startsAt" = now() - interval '2 hours', "endsAt" = now() - interval '1 hour' WHERE id = $1`, [sessionId]);
  await queryE2eDatabase(
    `UPDATE "Registration" r SET attendance = 'ATTENDED', "attendanceMarkedAt" = now() FROM "User" u WHERE u.id = r."userId" AND r."sessionId" = $1 AND u.email = $2`,
    [sessionId, attendeeEmail],
  );

  await attendee.reload();
  const recording = resources(attendee).getByRole("link", { name: "Recording of the briefing" });
  await expect(recording).toHaveAttribute("href", recordingUrl);
  await expect(recording).toHaveAttribute("rel", "noopener noreferrer");
  await expect(resources(attendee).getByRole("listitem").nth(1)).toContainText("Recording");
  await expect(resources(attendee).getByRole("listitem").nth(1)).toContainText("(glanusk.sharepoint.com)");
  await expect(resources(attendee)).not.toContainText("More will be available");
  await expectNoAxeViolations(attendee);

  // Someone with a place who did not attend: the slides, never the recording.
  const registrant = await newPage(browser);
  await signInAsAttendee(registrant, `/sessions/${slug}`);
  await registrant.goto(`/sessions/${slug}`);
  await expect(resources(registrant).getByRole("link", { name: "Slides from the briefing" })).toBeVisible();
  await expect(resources(registrant).getByRole("link", { name: "Recording of the briefing" })).toHaveCount(0);
  await expect(resources(registrant)).toContainText("More will be available here to people who attended this session.");
  expect(await registrant.content()).not.toContain(recordingUrl);

  // An anonymous visitor: the stored, shared page (asked for twice, so the second comes from the page cache) never holds the link.
  // (fetch, not a browser context: a browser keeps the language cookie, and a request with any cookie is never given a stored page).
  for (const attempt of [1, 2]) {
    const answer = await fetch(new URL(`/sessions/${slug}`, baseURL), { headers: { accept: "text/html" } });
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html, `anonymous page, request ${attempt}`).toContain(slidesUrl);
    expect(html, `anonymous page, request ${attempt}`).not.toContain(recordingUrl);
    expect(html).not.toContain("Recording of the briefing");
    if (attempt === 2) expect(answer.headers.get("x-cpd-week-page-cache")).toBe("hit");
  }
  const anonymous = await newPage(browser);
  await anonymous.goto(`/sessions/${slug}`);
  await expect(resources(anonymous).getByRole("link", { name: "Slides from the briefing" })).toBeVisible();
  await expect(resources(anonymous).getByRole("link", { name: "Recording of the briefing" })).toHaveCount(0);
  await expect(resources(anonymous).getByRole("link", { name: "Sign in to see what is shared with you" })).toBeVisible();
  await expectNoAxeViolations(anonymous);

  // The organiser removes the recording: it goes from the attendee's page at once.
  await page.reload();
  await page.getByRole("button", { name: "Remove Recording of the briefing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed the resource from the session’s page." })).toBeVisible();
  await attendee.goto(`/sessions/${slug}`);
  await expect(attendee.getByRole("link", { name: "Recording of the briefing" })).toHaveCount(0);
  await expect(attendee.getByRole("link", { name: "Slides from the briefing" })).toBeVisible();
  expect(
    await queryE2eDatabase(`SELECT action FROM "AuditEntry" WHERE "entityId" = $1 AND action LIKE 'session-resource.%' ORDER BY "createdAt"`, [sessionId]),
  ).toEqual([
    { action: "session-resource.add" },
    { action: "session-resource.add" },
    { action: "session-resource.move" },
    { action: "session-resource.remove" },
  ]);

  // In Welsh: the Welsh heading and the Welsh title of the slides.
  await attendee.goto(`/cy/sessions/${slug}`);
  await expect(attendee.getByRole("heading", { name: "Sleidiau, recordiadau a deunydd darllen" })).toBeVisible();
  await expect(attendee.getByRole("link", { name: "Sleidiau’r sesiwn friffio" })).toHaveAttribute("href", slidesUrl);
  await expectNoAxeViolations(attendee);
});

test("an organiser edits a resource: a link with a space is refused, then who may see it changes", async ({ page }) => {
  const readingUrl = `https://www.gov.wales/practice-week-reading-${t}`;
  await queryE2eDatabase(
    `INSERT INTO "SessionResource" (id, "sessionId", kind, title, url, visibility, position, "updatedAt") VALUES ($1, $2, 'READING', 'Reading before the briefing', $3, 'EVERYONE', 9, now())`,
    [`e2eresource${t}${tag()}`, sessionId, readingUrl],
  );
  await signInAsOrganiser(page, `/admin/sessions/${sessionId}/resources`);
  await page.getByRole("link", { name: "Edit Reading before the briefing" }).click();
  await expect(page.getByRole("heading", { name: "Edit “Reading before the briefing”" })).toBeVisible();
  await expect(page.getByLabel("Link", { exact: true })).toHaveValue(readingUrl);
  await expect(page.getByLabel("Everyone who visits the session’s page")).toBeChecked();
  await page.getByLabel("Link", { exact: true }).fill("https://www.gov.wales/practice week reading");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(errorSummary(page)).toContainText("Remove the spaces from the link");
  await expectNoAxeViolations(page);
  await page.getByLabel("Link", { exact: true }).fill(readingUrl);
  await page.getByLabel("People with a confirmed place (and people who attended)").check();
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved “Reading before the briefing”" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add a resource" })).toBeVisible();
  await expect(page.locator("ol > li[id^=resource-]", { hasText: "Reading: Reading before the briefing" })).toContainText("People with a confirmed place");
  const [row] = await queryE2eDatabase<{ visibility: string }>(`SELECT visibility::text FROM "SessionResource" WHERE "sessionId" = $1 AND url = $2`, [
    sessionId,
    readingUrl,
  ]);
  expect(row?.visibility).toBe("REGISTRANTS");
});
