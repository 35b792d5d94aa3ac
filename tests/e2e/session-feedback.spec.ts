import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { UPCOMING_EVENT_SLUG } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { submitSignUpForm } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";

// Feedback after a session (issue 15), as a practitioner and an organiser
// meet it: the account page asks for it, the form checks its answers, the
// person carries what they found most useful into their CPD entry, and the
// organiser sees the scores but no written answer while fewer than 3 answered.

const tag = () => randomBytes(4).toString("hex");

test("a person who attended gives feedback, carries it into their CPD entry, and the organiser sees the summary without written answers", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const t = tag();
  const id = `e2efeedback${t}${tag()}`;
  const slug = `feedback-${t}`;
  const title = `Chronologies that help families ${t}`;
  // A session of the upcoming week, moved to yesterday so that it has ended.
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", slug, title, summary, description, "startsAt", "endsAt", format, venue, capacity, status, "updatedAt")
     SELECT $1, e.id, $2, $3, 'Made by the feedback test.', 'Made by the feedback test.', now() - interval '1 day 2 hours', now() - interval '1 day', 'ONLINE', 'Microsoft Teams', 20, 'PUBLISHED', now()
     FROM "Event" e WHERE e.slug = $4`,
    [id, slug, title, UPCOMING_EVENT_SLUG],
  );
  const person = await (await browser.newContext()).newPage();
  const email = `rhodri-${t}@example.test`;
  await submitSignUpForm(person, {
    name: `Rhodri Attended ${t}`,
    email,
    password: "a long enough password",
    regulator: "Social Care Wales",
    registrationNumber: "SCW-123456",
  });
  await expect(person.getByRole("heading", { name: "My programme", level: 1 })).toBeVisible(); // the account exists
  await queryE2eDatabase(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, attendance, "attendanceMarkedAt", "updatedAt") SELECT $1, $2, u.id, 'CONFIRMED', 'ATTENDED', now(), now() FROM "User" u WHERE u.email = $3`,
    [`e2efbreg${t}`, id, email],
  );

  await person.goto("/account");
  const due = person.locator("section", { has: person.getByRole("heading", { name: "Feedback to give" }) });
  await due.getByRole("link", { name: `Give feedback on ${title}` }).click();
  await expect(person.getByRole("heading", { name: `Your feedback on ${title}` })).toBeVisible();
  await person.getByRole("button", { name: "Send my feedback" }).click();
  await expect(errorSummary(person)).toContainText("Choose how relevant it was, from 1 to 5");
  await expect(errorSummary(person)).toContainText("Choose how good it was, from 1 to 5");
  await expectNoAxeViolations(person);
  await person.getByLabel("4: relevant").check();
  await person.getByLabel("5: excellent").check();
  const learnt = "Writing the chronology with the family, in their words, changes what goes in it.";
  await person.getByLabel("What was most useful? (optional)").fill(learnt);
  await person.getByRole("button", { name: "Send my feedback" }).click();
  await expect(person.getByText("Thank you for your feedback")).toBeVisible();
  await expect(person.getByText("Relevance to your practice: 4 out of 5")).toBeVisible();
  await expect(person.getByText("It is anonymous.")).toBeVisible();
  await expectNoAxeViolations(person);

  // Into the CPD record, with "what I learnt" started from the feedback.
  await person.getByRole("link", { name: "Carry what I wrote into my CPD record" }).click();
  await expect(person.getByLabel("What I learnt")).toHaveValue(learnt);
  await expect(person.getByText("We started “what I learnt” with what you found most useful in your feedback.")).toBeVisible();
  await person.getByLabel("How it will change my practice").fill("I will draft chronologies with families at the first review.");
  await person
    .getByLabel("1.6 Respect the language and communication needs of individuals and carers, including their right to use the Welsh language.")
    .check();
  await person.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(person.getByText("Your CPD entry has been saved.")).toBeVisible();
  // And back: the session page links to what they gave; the account no longer asks.
  await person.goto(`/sessions/${slug}`);
  await expect(person.getByRole("link", { name: "Your feedback on this session" })).toBeVisible();
  await person.goto("/account");
  await expect(person.getByRole("heading", { name: "Feedback to give" })).toHaveCount(0);

  await signInAsOrganiser(page, `/admin/sessions/${id}/feedback`);
  await expect(page.getByText("1 answer from 1 person who attended.")).toBeVisible();
  await expect(page.getByText("Average relevance 4.0 out of 5; average quality 5.0 out of 5.")).toBeVisible();
  await expect(page.getByText("Written answers are shown once at least 3 people have answered (1 so far)")).toBeVisible();
  await expect(page.getByText(learnt)).toHaveCount(0);
  await expectNoAxeViolations(page);
  const csv = await page.request.get(`/admin/sessions/${id}/feedback.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).not.toContain(learnt);
  // Attendees cannot read it.
  expect((await person.request.get(`/admin/sessions/${id}/feedback.csv`)).status()).toBe(403);
});
