import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { UPCOMING_EVENT_SLUG } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { submitSignUpForm } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";

// Access needs at booking, as a person and an organiser meet them: what the
// session provides is on its page; after booking, the person says what they
// need (optional, apart from the booking); the session's organisers see it on
// the registrations page; 30 days after the session the nightly job deletes it.

const tag = () => randomBytes(4).toString("hex");

test("a person asks for a BSL interpreter, the organiser sees it, and 30 days after the session it is gone", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const t = tag();
  const id = `e2eaccess${t}${tag()}`;
  const slug = `access-needs-${t}`;
  const title = `Interpreted team briefing ${t}`;
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", slug, title, summary, description, "startsAt", "endsAt", format, venue, capacity, status, "accessProvided", "updatedAt")
     SELECT $1, e.id, $2, $3, 'Made by the access needs test.', 'Made by the access needs test.', e."startDate" + interval '1 day 10 hours',
       e."startDate" + interval '1 day 12 hours', 'IN_PERSON', 'County Hall, Pontwysg', 30, 'PUBLISHED', ARRAY['STEP_FREE', 'HEARING_LOOP']::"AccessProvision"[], now()
     FROM "Event" e WHERE e.slug = $4`,
    [id, slug, title, UPCOMING_EVENT_SLUG],
  );

  const person = await (await browser.newContext()).newPage();
  const name = `Bethan Signer ${t}`;
  await submitSignUpForm(person, { name, email: `bethan-${t}@example.test`, password: "a long enough password", returnTo: `/sessions/${slug}` });
  const facts = person.locator("dl").filter({ hasText: "Access" });
  await expect(facts).toContainText("Step-free access");
  await expect(facts).toContainText("Hearing loop");
  // Nothing to say before booking: the question comes with the place.
  await expect(person.getByRole("heading", { name: "Anything you need to take part?" })).toHaveCount(0);
  await person.getByRole("button", { name: "Book a place" }).click();
  await expect(person.getByRole("status").first()).toContainText("Your place is confirmed");
  await expect(person.getByRole("heading", { name: "Anything you need to take part?" })).toBeVisible();
  await expect(person.getByText("Only the organisers of this session see it. It is deleted 30 days after the session")).toBeVisible();

  await person.getByLabel("Something else (say what below)").check();
  await person.getByRole("button", { name: "Save what I need" }).click();
  await expect(errorSummary(person)).toContainText("Say what else you need");
  await expectNoAxeViolations(person);
  await person.getByLabel("A British Sign Language (BSL) interpreter").check();
  await person.getByLabel("Anything else (optional)").fill("A seat where I can see the interpreter and the slides");
  await person.getByRole("button", { name: "Save what I need" }).click();
  await expect(person.getByText("Saved. The organisers of this session can see what you need.")).toBeVisible();
  await person.reload();
  await expect(person.getByLabel("A British Sign Language (BSL) interpreter")).toBeChecked();
  await expect(person.getByLabel("Anything else (optional)")).toHaveValue("A seat where I can see the interpreter and the slides");

  await signInAsOrganiser(page, `/admin/sessions/${id}/registrations`);
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Access needs (1)" }) });
  await expect(section.getByRole("table", { name: "Access needs, with the number of people who need each" })).toContainText(
    "A British Sign Language (BSL) interpreter",
  );
  const who = section.getByRole("table", { name: "Who needs what" });
  await expect(who.getByRole("row", { name: new RegExp(name) })).toContainText("A seat where I can see the interpreter and the slides");
  await expectNoAxeViolations(page);

  // The session took place 31 days ago: the nightly job (run now) deletes what was asked for.
  await queryE2eDatabase(`UPDATE "Session" SET "startsAt" = now() - interval '31 days 2 hours', "endsAt" = now() - interval '31 days' WHERE id = $1`, [id]);
  await queryE2eDatabase(`SELECT graphile_worker.add_job('purge-access-needs', '{}'::json)`);
  await expect
    .poll(
      async () =>
        (
          await queryE2eDatabase<{ n: number }>(
            `SELECT count(*)::int AS n FROM "AccessRequest" a JOIN "Registration" r ON r.id = a."registrationId" WHERE r."sessionId" = $1`,
            [id],
          )
        )[0]?.n,
      {
        timeout: 15_000,
      },
    )
    .toBe(0);
  await page.reload();
  await expect(page.getByText("Nobody has told us of an access need for this session.")).toBeVisible();
});
