import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { UPCOMING_EVENT_SLUG } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { submitSignUpForm } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";
import { emailsTo, subjectOf } from "./support/outbox";

// Messages from organisers (issue 15), as an organiser and the people of a
// full session meet them: the organiser writes to the waiting list in English
// and Welsh, checks who it goes to, sends it; each person reads it in their
// language in their email and on their account; the one with a place does not
// get it. A message without Welsh asks to be confirmed, and a scheduled one
// can be cancelled before its time.

const tag = () => randomBytes(4).toString("hex");

test("an organiser messages the waiting list of a full session, and each person reads it in their language", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const t = tag();
  const id = `e2emessage${t}${tag()}`;
  const slug = `messages-${t}`;
  const title = `Writing chronologies that help ${t}`;
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", slug, title, summary, description, "startsAt", "endsAt", format, venue, capacity, status, "updatedAt")
     SELECT $1, e.id, $2, $3, 'Made by the messages test.', 'Made by the messages test.', e."startDate" + interval '2 days 10 hours',
       e."startDate" + interval '2 days 11 hours', 'ONLINE', 'Microsoft Teams', 1, 'PUBLISHED', now()
     FROM "Event" e WHERE e.slug = $4`,
    [id, slug, title, UPCOMING_EVENT_SLUG],
  );
  // The one place is taken; two people wait for it: one reads Welsh, one English.
  const placeHolder = `placeholder-${t}@example.test`;
  await queryE2eDatabase(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Pat Placeholder', now())`, [`e2eholder${t}`, placeHolder]);
  await queryE2eDatabase(`INSERT INTO "Registration" (id, "sessionId", "userId", status, "updatedAt") VALUES ($1, $2, $3, 'CONFIRMED', now())`, [
    `e2eholdreg${t}`,
    id,
    `e2eholder${t}`,
  ]);
  const welsh = { name: `Gwen Aros ${t}`, email: `gwen-${t}@example.test` };
  const english = { name: `Ed Waiting ${t}`, email: `ed-${t}@example.test` };
  const pages = { welsh: await (await browser.newContext()).newPage(), english: await (await browser.newContext()).newPage() };
  for (const [key, person] of [
    ["welsh", welsh],
    ["english", english],
  ] as const) {
    await submitSignUpForm(pages[key], { ...person, password: "a long enough password", returnTo: `/sessions/${slug}` });
    await pages[key].getByRole("button", { name: "Join the waiting list" }).click();
    await expect(pages[key].getByRole("status").first()).toContainText("waiting list");
  }
  await queryE2eDatabase(`UPDATE "User" SET language = 'WELSH' WHERE email = $1`, [welsh.email]);

  // The organiser writes to the waiting list: errors first, then both languages.
  await signInAsOrganiser(page, `/admin/sessions/${id}/registrations`);
  await page.getByRole("navigation", { name: "For this session" }).getByRole("link", { name: "Messages" }).click();
  await expect(page.getByRole("heading", { name: "Write a message" })).toBeVisible();
  await page.getByLabel("People on the waiting list (2 people now)").check();
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(errorSummary(page)).toContainText("Enter a subject");
  await expect(errorSummary(page)).toContainText("Enter the message");
  await expectNoAxeViolations(page);
  const subject = `A second session is planned ${t}`;
  const subjectCy = `Mae ail sesiwn wedi’i threfnu ${t}`;
  await page.getByLabel("Subject", { exact: true }).fill(subject);
  await page
    .getByLabel("Message", { exact: true })
    .fill("We are adding a second date. Read more: https://example.test/second-date\n\nYou keep your place on this waiting list.");
  await page.getByLabel(/^Subject in Welsh/).fill(subjectCy);
  await page
    .getByLabel(/^Message in Welsh/)
    .fill("Rydyn ni’n ychwanegu ail ddyddiad. Darllenwch fwy: https://example.test/second-date\n\nRydych chi’n cadw eich lle ar y rhestr aros hon.");
  await page.getByRole("button", { name: "Preview" }).click();

  await expect(page.getByRole("heading", { name: "Check the message before it goes" })).toBeVisible();
  await expect(page.getByText("2 people will get it, if it were sent now.")).toBeVisible();
  const firstNames = page.getByRole("list").filter({ hasText: welsh.email });
  await expect(firstNames).toContainText(english.email);
  await expect(firstNames).not.toContainText(placeHolder);
  await expect(page.getByText("1 of them chose Welsh or both languages.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page.getByText("Sent. The emails are going out now")).toBeVisible();
  // The job worker beside the server delivers them.
  await expect
    .poll(
      async () =>
        (
          await queryE2eDatabase<{ n: number }>(
            `SELECT count(*)::int AS n FROM "MessageRecipient" r JOIN "OrganiserMessage" m ON m.id = r."messageId" WHERE m."sessionId" = $1 AND r.status = 'SENT'`,
            [id],
          )
        )[0]?.n,
      { timeout: 20_000 },
    )
    .toBe(2);
  await page.reload();
  await expect(page.getByText("Delivered to the mail server: 2. Failed after every attempt: 0. Waiting or being retried: 0.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to the messages" }).click();
  await expect(page.getByRole("table", { name: "Messages of this session, newest first" }).getByRole("row", { name: new RegExp(subject) })).toContainText(
    "2 / 0 / 0",
  );

  // Each reads it in their language, by email and on their account; the person with the place got nothing.
  expect(await subjectOf((await emailsTo(welsh.email)).at(-1) ?? "")).toBe(subjectCy);
  expect(await subjectOf((await emailsTo(english.email)).at(-1) ?? "")).toBe(subject);
  expect(await emailsTo(placeHolder)).toEqual([]);
  await pages.welsh.goto("/cy/account");
  await pages.welsh.getByRole("link", { name: subjectCy }).click();
  await expect(pages.welsh.getByRole("heading", { name: "Negeseuon gan drefnwyr" })).toBeVisible();
  const article = pages.welsh.getByRole("article", { name: subjectCy });
  await expect(article).toContainText("Rydych chi’n cadw eich lle ar y rhestr aros hon.");
  await expect(article.getByRole("link", { name: "https://example.test/second-date" })).toHaveAttribute("href", "https://example.test/second-date");
  await expectNoAxeViolations(pages.welsh);
  await pages.english.goto("/account/messages");
  await expect(pages.english.getByRole("article", { name: subject })).toContainText("You keep your place on this waiting list.");
  await expectNoAxeViolations(pages.english);
});

test("a message without Welsh asks to be confirmed, and a scheduled message can be cancelled before its time", async ({ page }) => {
  await signInAsOrganiser(page, "/admin/events");
  const [week] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Event" WHERE slug = $1`, [UPCOMING_EVENT_SLUG]);
  await page.goto(`/admin/events/${week!.id}`);
  await page.getByRole("link", { name: "Messages to the whole week" }).click();
  await page.getByLabel(/^Everyone with a place or on the waiting list/).check();
  const subject = `Evaluation form ${tag()}`;
  await page.getByLabel("Subject", { exact: true }).fill(subject);
  await page.getByLabel("Message", { exact: true }).fill("Please tell us how the week went.");
  await page.getByLabel("At a time I choose").check();
  await page.getByLabel("Day", { exact: true }).fill("2020-01-01");
  await page.getByLabel("Time", { exact: true }).fill("09:00");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(errorSummary(page)).toContainText("Choose a time in the future");
  await expect(page.getByLabel("Subject", { exact: true })).toHaveValue(subject); // what was typed is kept
  const nextYear = new Date().getUTCFullYear() + 1;
  await page.getByLabel("Day", { exact: true }).fill(`${nextYear}-01-15`);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("There is no Welsh version.")).toBeVisible();
  await page.getByRole("button", { name: /^Schedule for / }).click();
  await expect(errorSummary(page)).toContainText("Confirm that it goes in English only, or add the Welsh version");
  await expectNoAxeViolations(page);
  await page.getByLabel("Send it in English only").check();
  await page.getByRole("button", { name: /^Schedule for / }).click();
  await expect(page.getByText("Scheduled. It will go at its time unless you cancel it.")).toBeVisible();
  await expect(page.getByText(`Scheduled for 15 Jan ${nextYear}, 09:00`)).toBeVisible();
  await page.getByRole("button", { name: "Cancel this scheduled message" }).click();
  await expect(page.getByText("Cancelled. It will not be sent.")).toBeVisible();
  const [row] = await queryE2eDatabase<{ status: string; jobs: number }>(
    `SELECT m.status::text, (SELECT count(*)::int FROM graphile_worker._private_jobs j WHERE j.key = 'message-' || m.id) AS jobs FROM "OrganiserMessage" m WHERE m.subject = $1`,
    [subject],
  );
  expect(row).toEqual({ status: "CANCELLED", jobs: 0 });
  // The audit log has both.
  await page.goto("/admin/audit?entityType=message");
  await expect(page.getByRole("table")).toContainText("message.schedule");
  await expect(page.getByRole("table")).toContainText("message.cancel");
});
