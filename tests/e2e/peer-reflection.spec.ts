import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { UPCOMING_EVENT_SLUG } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { submitSignUpForm } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";
import { emailsTo, newestLinkSecret, subjectOf } from "./support/outbox";

// Peer reflection (issue 15), the whole way: the organiser says the session
// includes a peer discussion; a practitioner who attended gives feedback,
// carries it into their CPD entry, records the discussion as peer reflection
// and asks the colleague they had it with to confirm; the colleague, with no
// account, follows the emailed link (in Welsh), sees only the title, date and
// note, and confirms; the entry and its export show it.

const tag = () => randomBytes(4).toString("hex");

test("a person who attended records the session's peer discussion and a colleague confirms it through the emailed link", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const t = tag();
  const id = `e2epeer${t}${tag()}`;
  const slug = `peer-${t}`;
  const title = `Reflective circle on chronologies ${t}`;
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", slug, title, summary, description, "startsAt", "endsAt", format, venue, "joinUrl", capacity, status, "updatedAt")
     SELECT $1, e.id, $2, $3, 'Made by the peer reflection test.', 'Made by the peer reflection test.',
            (e."startDate" + time '10:00') AT TIME ZONE 'Europe/London', (e."startDate" + time '11:30') AT TIME ZONE 'Europe/London',
            'ONLINE', 'Microsoft Teams', 'https://teams.microsoft.com/l/meetup-join/peer-test', 20, 'PUBLISHED', now()
     FROM "Event" e WHERE e.slug = $4`,
    [id, slug, title, UPCOMING_EVENT_SLUG],
  );

  // The organiser marks it as including breakout rooms; its page says so.
  await signInAsOrganiser(page, `/admin/sessions/${id}`);
  await page.getByLabel("It includes a peer discussion").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The session has been saved." })).toBeVisible();
  await page.goto(`/sessions/${slug}`);
  await expect(page.getByText("Includes a peer discussion, which you can record as peer reflection")).toBeVisible();

  // The session takes place (moved to yesterday) and the practitioner is marked as attending.
  await queryE2eDatabase(`UPDATE "Session" SET "startsAt" = now() - interval '1 day 2 hours', "endsAt" = now() - interval '1 day' WHERE id = $1`, [id]);
  const person = await (await browser.newContext()).newPage();
  const email = `ffion-${t}@example.test`;
  const name = `Ffion Reflects ${t}`;
  await submitSignUpForm(person, { name, email, password: "a long enough password", regulator: "Social Work England", registrationNumber: "SW123456" });
  await expect(person.getByRole("heading", { name: "My programme", level: 1 })).toBeVisible();
  await queryE2eDatabase(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, attendance, "attendanceMarkedAt", "updatedAt") SELECT $1, $2, u.id, 'CONFIRMED', 'ATTENDED', now(), now() FROM "User" u WHERE u.email = $3`,
    [`e2epeerreg${t}`, id, email],
  );

  // Feedback, then carried into the CPD entry.
  await person.goto("/account");
  await person.getByRole("link", { name: `Give feedback on ${title}` }).click();
  await person.getByLabel("5: very relevant").check();
  await person.getByLabel("4: very good").check();
  const learnt = "Reading a chronology aloud with the family shows what it leaves out.";
  await person.getByLabel("What was most useful? (optional)").fill(learnt);
  await person.getByRole("button", { name: "Send my feedback" }).click();
  await expect(person.getByText("Thank you for your feedback")).toBeVisible();
  await person.getByRole("link", { name: "Carry what I wrote into my CPD record" }).click();
  await expect(person.getByLabel("What I learnt")).toHaveValue(learnt);

  // The entry offers the peer discussion; ticked without its note, it says what is missing.
  await expect(person.getByTestId("peer-session-note")).toContainText("This session included a peer discussion");
  await person.getByLabel("How it will change my practice").fill("I will read chronologies back to families before they are shared.");
  await person.getByLabel(/^4\.6 /).check();
  await person.getByLabel("I reflected on this with a peer").check();
  await person.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(errorSummary(person)).toContainText("Write a short note of the discussion");
  await expect(person.locator("#peerNotes-error")).toBeVisible();
  await expectNoAxeViolations(person);
  const note = "Two social workers from other councils, in the breakout room: we agreed to try reading chronologies back.";
  await person.getByLabel("Discussion with a peer").fill(note);
  await person.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(person.getByText("Your CPD entry has been saved.")).toBeVisible();
  // Renewal readiness counts it (Social Work England: at least one piece with a peer reflection).
  await expect(person.getByText("1 entry reflected on with a peer")).toBeVisible();

  // Asking the colleague: a bad address first, then theirs, in Welsh and English.
  await person.getByRole("link", { name: `Ask a colleague to confirm the peer discussion for ${title}` }).click();
  await expect(person.getByText(note)).toBeVisible();
  await person.getByLabel("Your colleague's name").fill("Gwen Davies");
  await person.getByLabel("Your colleague's email address").fill("gwen at council");
  await person.getByRole("button", { name: "Send the request" }).click();
  await expect(person.locator("#colleagueEmail-error")).toContainText("Enter an email address in the right format");
  await expect(person.getByLabel("Your colleague's name")).toHaveValue("Gwen Davies");
  await expectNoAxeViolations(person);
  const colleagueEmail = `gwen-${t}@example.test`;
  await person.getByLabel("Your colleague's email address").fill(colleagueEmail);
  await person.getByLabel("Both, Welsh first").check();
  await person.getByRole("button", { name: "Send the request" }).click();
  await expect(person.getByRole("status")).toContainText(`We have emailed ${colleagueEmail}`);
  await expect(person.getByTestId("peer-confirmation")).toContainText("Asked Gwen Davies on");
  await expectNoAxeViolations(person);

  // The colleague, with no account, opens the Welsh link.
  const secret = await newestLinkSecret(colleagueEmail, "/cy/peer-confirmation");
  const [raw] = await emailsTo(colleagueEmail);
  expect(await subjectOf(raw!)).toBe(`Mae ${name} yn gofyn i chi gadarnhau trafodaeth gyda chymar / ${name} asks you to confirm a peer discussion`);
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(`/cy/peer-confirmation?token=${secret}`);
  await expect(colleague.getByRole("heading", { level: 1, name: "Cadarnhau trafodaeth gyda chymar" })).toBeVisible();
  await expect(colleague.getByText(title)).toBeVisible();
  await expect(colleague.getByText(note)).toBeVisible();
  // Only the title, date and note: nothing else of the reflection.
  await expect(colleague.getByText(learnt)).toHaveCount(0);
  await expect(colleague.getByText("I will read chronologies back")).toHaveCount(0);
  await expectNoAxeViolations(colleague);
  await colleague.getByRole("button", { name: "Ydw, rwy’n cadarnhau’r drafodaeth hon" }).click();
  await expect(colleague.getByRole("status")).toContainText("Diolch: rydych wedi cadarnhau’r drafodaeth");
  // The link works once.
  await colleague.goto(`/cy/peer-confirmation?token=${secret}`);
  await expect(colleague.getByRole("heading", { level: 1, name: "Nid yw’r ddolen hon yn gweithio mwyach" })).toBeVisible();

  // The practitioner's record and its export show the confirmation.
  await person.goto("/account/cpd");
  await expect(person.getByTestId("peer-confirmation")).toContainText("Gwen Davies confirmed the discussion on");
  const csv = await person.request.get("/account/cpd/record.csv");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Gwen Davies confirmed the discussion on");
});
