import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { UPCOMING_EVENT_SLUG } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { submitSignUpForm } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";
import { emailsTo, subjectOf } from "./support/outbox";

// Practice observations (seed 002), the whole journey: an organiser sets up
// an observation with a slot and marks a senior leader; the leader books it;
// afterwards the leader writes a reflection, the host is thanked (with
// nothing from it), the organiser sees and exports it, and the leader logs
// the observation in their CPD record.

test("a senior leader books an observation slot, reflects afterwards, and the organiser exports it", async ({ browser, page }) => {
  // The whole journey, with a sign-up and five accessibility scans.
  test.setTimeout(120_000);
  const t = randomBytes(4).toString("hex");
  const team = `Children's duty and assessment ${t}`;
  const hostEmail = `host-${t}@example.test`;
  const [week] = await queryE2eDatabase<{ id: string; day: string }>(`SELECT id, to_char("startDate" + 1, 'YYYY-MM-DD') AS day FROM "Event" WHERE slug = $1`, [
    UPCOMING_EVENT_SLUG,
  ]);
  if (!week) throw new Error("The upcoming demo week is missing");

  const leader = await (await browser.newContext()).newPage();
  const leaderEmail = `leader-${t}@example.test`;
  await submitSignUpForm(leader, {
    name: `Gareth Leader ${t}`,
    email: leaderEmail,
    password: "a long enough password",
    regulator: "Social Care Wales",
    returnTo: "/account/observations",
  });
  await expect(leader.getByText("Practice observations are for senior leaders.")).toBeVisible();

  // The organiser: an opportunity, a slot, a senior leader.
  await signInAsOrganiser(page, `/admin/observations?event=${UPCOMING_EVENT_SLUG}`);
  await page.getByRole("button", { name: "Add the opportunity" }).click();
  await expect(errorSummary(page)).toContainText("Enter the team or service");
  await expect(errorSummary(page)).toContainText("Choose what can be observed");
  await page.getByLabel("Team or service", { exact: true }).fill(team);
  await page.getByLabel("What can be observed").selectOption({ label: "Duty shift" });
  await page.getByLabel("Where, or how to join").fill("Ystrad office, Heol y Bont");
  await page.getByLabel("Front-line contact who hosts it").fill("Rhian Host");
  await page.getByLabel("Their email address").fill(hostEmail);
  await page.getByRole("button", { name: "Add the opportunity" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opportunity added." })).toBeVisible();
  await page.getByLabel("Date").fill(week.day);
  await page.getByLabel("Start time").fill("09:30");
  await page.getByLabel("End time").fill("09:00");
  await page.getByRole("button", { name: "Add the slot" }).click();
  await expect(errorSummary(page)).toContainText("The end time must be after the start time");
  await page.getByLabel("End time").fill("12:00");
  await page.getByRole("button", { name: "Add the slot" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Slot added." })).toBeVisible();
  await expectNoAxeViolations(page);
  const opportunityUrl = page.url();

  await page.getByRole("link", { name: "All practice observations" }).click();
  await page.getByLabel("Email address of their account").fill(leaderEmail.toUpperCase());
  await page.getByRole("button", { name: "Mark as a senior leader" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Gareth Leader ${t} is now a senior leader` })).toBeVisible();
  await expectNoAxeViolations(page);

  // The leader books it.
  await leader.reload();
  const slots = leader.getByRole("table", { name: `Slots for ${team}` });
  await expect(slots).toContainText("1 place left");
  await slots.getByRole("button", { name: /^Book/ }).click();
  await expect(leader.getByRole("status").filter({ hasText: "Booked. The details are under “Your observations”." })).toBeVisible();
  await expect(leader.locator("li", { hasText: team })).toContainText("Host: Rhian Host");
  await expectNoAxeViolations(leader);
  await page.goto(opportunityUrl);
  await expect(page.getByRole("table", { name: "Slots, in time order" })).toContainText(leaderEmail);

  // Afterwards: the reflection, the host thanked, the report and its CSV.
  await queryE2eDatabase(
    `UPDATE "ObservationSlot" SET "startsAt" = now() - interval '1 day 3 hours', "endsAt" = now() - interval '1 day' WHERE "opportunityId" = (SELECT id FROM "ObservationOpportunity" WHERE team = $1)`,
    [team],
  );
  await leader.reload();
  await leader.getByRole("link", { name: "Write your reflection" }).click();
  await leader.getByRole("button", { name: "Save my reflection" }).click();
  await expect(errorSummary(leader)).toContainText("Say what you saw working well");
  await expect(errorSummary(leader)).toContainText("Say what could be better");
  await expectNoAxeViolations(leader);
  const seen = `Warm, unhurried calls with families ${t}`;
  await leader.getByLabel("What did you see working well?").fill(seen);
  await leader.getByLabel("What could be better?").fill("Case recording waits until the end of the shift.");
  await leader.getByLabel("Follow-up actions (optional)").fill("Ask the service manager about protected recording time.");
  await leader.getByRole("button", { name: "Save my reflection" }).click();
  await expect(leader.getByRole("status").filter({ hasText: "Saved. Thank you: the host has been thanked." })).toBeVisible();

  await expect.poll(async () => (await emailsTo(hostEmail)).length, { timeout: 15_000 }).toBe(1);
  const [thanks] = await emailsTo(hostEmail);
  expect(await subjectOf(thanks ?? "")).toContain("Thank you for hosting a practice observation: Glan Usk Practice Week");
  expect(thanks).not.toContain("Warm, unhurried");

  await page.goto(`/admin/observations/report?event=${UPCOMING_EVENT_SLUG}`);
  const report = page.getByRole("table", { name: "Observations and reflections, in time order" });
  await expect(report.getByRole("row", { name: new RegExp(`Gareth Leader ${t}`) })).toContainText(seen);
  await expectNoAxeViolations(page);
  const csv = await page.request.get(`/admin/observations/report.csv?event=${UPCOMING_EVENT_SLUG}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(seen);
  // Not for anyone else.
  expect((await leader.request.get(`/admin/observations/report.csv?event=${UPCOMING_EVENT_SLUG}`)).status()).toBe(403);

  // The observation counts as CPD: it waits in the record, ready to log with its hours.
  await leader.goto("/account/cpd");
  await leader.getByRole("link", { name: `Log CPD for Observing practice: ${team}` }).click();
  await expect(leader.getByLabel("Title")).toHaveValue(`Observing practice: ${team}`);
  await expect(leader.getByLabel("CPD hours")).toHaveValue("3");
  await leader.getByLabel("What I learnt").fill("How the duty team keeps calls with families calm and clear.");
  await leader.getByLabel("How it will change my practice").fill("I will protect recording time in my service's rotas.");
  await leader.locator("#standards input[type=checkbox]").first().check();
  await leader.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(leader).toHaveURL(/\/account\/cpd\?notice=saved$/);
  await expect(leader.getByRole("link", { name: `Log CPD for Observing practice: ${team}` })).toHaveCount(0);
  await expect(leader.getByText(`Observing practice: ${team}`).first()).toBeVisible();
});
