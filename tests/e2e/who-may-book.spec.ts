import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { UPCOMING_EVENT_SLUG } from "../../prisma/seed/glan-usk-practice-week";
import { expectNoAxeViolations } from "./support/accessibility";
import { signUp } from "./support/accounts";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";
import { emailsTo, newestLinkSecret, subjectOf } from "./support/outbox";

// Who may book (docs/decisions/0012-who-may-book.md), as people meet it: a
// staff-only session that a council address books and a gmail address
// cannot (with the reason, and the way round it: changing the account's
// address, which counts once the new address is proved); an invitation code
// that works up to its limit; a request for a place that an organiser
// approves or declines, and the emails that follow. Each test makes its own
// session in the seeded upcoming week and its own people.

const tag = () => randomBytes(4).toString("hex");
const PASSWORD = "a long enough password";

async function newSession(
  title: string,
  rule: "OPEN" | "EMAIL_DOMAIN" | "INVITATION" | "APPROVAL",
  extra: { domains?: string[]; audience?: string; capacity?: number; unlisted?: boolean } = {},
) {
  const id = `e2ewho${tag()}${tag()}`;
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${tag()}`;
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", slug, title, summary, description, "startsAt", "endsAt", format, venue, "joinUrl", capacity, status,
       "bookingRule", "bookingDomains", "bookingAudience", unlisted, "updatedAt")
     SELECT $1, e.id, $2, $3, 'A session made by the who-may-book tests.', 'A session made by the who-may-book tests.',
       e."startDate" + interval '2 days 14 hours', e."startDate" + interval '2 days 15 hours', 'ONLINE', 'Microsoft Teams', 'https://teams.example.test/join',
       $4, 'PUBLISHED', $5::"BookingRule", $6, $7, $8, now()
     FROM "Event" e WHERE e.slug = $9`,
    [id, slug, title, extra.capacity ?? 20, rule, extra.domains ?? [], extra.audience ?? null, extra.unlisted ?? false, UPCOMING_EVENT_SLUG],
  );
  return { id, slug, title, path: `/sessions/${slug}` };
}

test.describe("who may book", () => {
  // Journeys of several people, each signing up through an emailed link.
  test.describe.configure({ timeout: 90_000 });
  test("a council address books a staff-only session; another is refused with the reason until the account moves to a council address", async ({ browser }) => {
    const t = tag();
    const council = `council-${t}.gov.uk`;
    const session = await newSession(`Staff briefing ${t}`, "EMAIL_DOMAIN", { domains: [council], audience: "staff of Test County Council" });

    const outsider = await (await browser.newContext()).newPage();
    const outsiderEmail = `outsider-${t}@gmail.example`;
    await signUp(outsider, { name: "Owen Outsider", email: outsiderEmail, password: PASSWORD, returnTo: session.path });
    await expect(outsider.getByText(`For staff of Test County Council: sign in with your email address at ${council} to book.`).first()).toBeVisible();
    await expect(outsider.getByText(`You are signed in as ${outsiderEmail}, which is not at ${council}, so you cannot book this session.`)).toBeVisible();
    await expect(outsider.getByRole("button", { name: "Book a place" })).toHaveCount(0);
    await expectNoAxeViolations(outsider);
    // The JSON endpoint applies the same rule.
    const refused = await outsider.request.post(`/api/sessions/${session.id}/registrations`);
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toEqual({ error: "EMAIL_DOMAIN_NOT_ALLOWED" });

    const staff = await (await browser.newContext()).newPage();
    await signUp(staff, { name: "Sioned Staff", email: `sioned-${t}@${council}`, password: PASSWORD, returnTo: session.path });
    await staff.getByRole("button", { name: "Book a place" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();

    // The outsider moves their account to their council address: it counts once the link sent there is followed.
    const newAddress = `owen-${t}@${council}`;
    await outsider.getByRole("link", { name: "your details" }).click();
    await expect(outsider.getByText(`Your account uses ${outsiderEmail}.`)).toBeVisible();
    const emailForm = outsider.locator("form").filter({ has: outsider.getByLabel("New email address") });
    await emailForm.getByRole("button", { name: "Send the link" }).click();
    await expect(errorSummary(outsider)).toContainText("Enter your email address");
    await emailForm.getByLabel("New email address").fill(newAddress);
    await emailForm.getByLabel("Your password, to confirm it is you").fill("not my password");
    await emailForm.getByRole("button", { name: "Send the link" }).click();
    await expect(errorSummary(outsider)).toContainText("Your current password is not right");
    await expect(emailForm.getByLabel("New email address")).toHaveValue(newAddress);
    await emailForm.getByLabel("Your password, to confirm it is you").fill(PASSWORD);
    await emailForm.getByRole("button", { name: "Send the link" }).click();
    await expect(outsider.getByRole("status").filter({ hasText: `We have sent a link to ${newAddress}` })).toBeVisible();
    await outsider.reload();
    await expect(outsider.getByText(`Waiting for confirmation: we have sent a link to ${newAddress}`)).toBeVisible();
    await expectNoAxeViolations(outsider);
    // Until then, still refused.
    await outsider.goto(session.path);
    await expect(outsider.getByText(`You are signed in as ${outsiderEmail}`)).toBeVisible();

    const secret = await newestLinkSecret(newAddress, "/change-email");
    await outsider.goto(`/change-email?token=${secret}`);
    await expect(outsider.getByText(`Your CPD Week account will use ${newAddress} from now on`)).toBeVisible();
    await outsider.getByRole("button", { name: "Use this address" }).click();
    await expect(outsider.getByRole("status")).toContainText(`Done: your account now uses ${newAddress}.`);
    await expect
      .poll(async () => (await Promise.all((await emailsTo(outsiderEmail)).map(subjectOf))).includes("The email address of your CPD Week account has changed"))
      .toBe(true);

    await outsider.goto(session.path);
    await outsider.getByRole("button", { name: "Book a place" }).click();
    await expect(outsider.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();
  });

  test("an invitation code works up to its limit and not after; the session stays out of the programme", async ({ browser, page }) => {
    const t = tag();
    const session = await newSession(`Partners workshop ${t}`, "OPEN", { unlisted: true });
    const code = `TEST-${t.toUpperCase()}`;

    await signInAsOrganiser(page, `/admin/sessions/${session.id}/booking`);
    await expect(page.getByRole("heading", { level: 1, name: session.title })).toBeVisible();
    await page.getByLabel("Only people with an invitation code (add codes below)").check();
    await page.getByLabel("Who it is for, in your words").fill("our multi-agency partners");
    await page.getByRole("button", { name: "Save who may book" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    // A bad code is refused beside its field, and nothing is added.
    await page.getByLabel("Who it is for", { exact: true }).fill("Gwent Police");
    await page.getByLabel("Code (optional)", { exact: true }).fill("ab");
    await page.getByLabel("Most bookings with this code (optional)").fill("1");
    await page.getByRole("button", { name: "Add the code" }).click();
    await expect(errorSummary(page)).toContainText("A code must be 6 to 40 letters");
    await expect(page.getByLabel("Who it is for", { exact: true })).toHaveValue("Gwent Police");
    await page.getByLabel("Code (optional)", { exact: true }).fill(code.toLowerCase());
    await page.getByRole("button", { name: "Add the code" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Code ${code} added.` })).toBeVisible();
    const codes = page.getByRole("table", { name: "Invitation codes for this session" });
    await expect(codes.getByRole("row", { name: new RegExp(code) })).toContainText("0 of 1");
    await expectNoAxeViolations(page);

    const first = await (await browser.newContext()).newPage();
    await signUp(first, { name: "Gwen Police", email: `gwen-${t}@police.example`, password: PASSWORD, returnTo: session.path });
    await expect(first.getByText("For our multi-agency partners, by invitation: book with the code you were given.").first()).toBeVisible();
    await first.getByRole("button", { name: "Book with this code" }).click();
    await expect(first.getByText("Enter the invitation code you were given.")).toBeVisible();
    await first.getByLabel("Invitation code").fill(` ${code.toLowerCase()} `);
    await first.getByRole("button", { name: "Book with this code" }).click();
    await expect(first.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();

    const second = await (await browser.newContext()).newPage();
    await signUp(second, { name: "Dai Police", email: `dai-${t}@police.example`, password: PASSWORD, returnTo: session.path });
    await second.getByLabel("Invitation code").fill("WRONG-CODE");
    await second.getByRole("button", { name: "Book with this code" }).click();
    await expect(second.getByText("That code is not an invitation code for this session.")).toBeVisible();
    await expect(second.getByLabel("Invitation code")).toHaveAttribute("aria-invalid", "true");
    await second.getByLabel("Invitation code").fill(code);
    await second.getByRole("button", { name: "Book with this code" }).click();
    await expect(second.getByText("That invitation code has been used as many times as it allows.")).toBeVisible();
    await expectNoAxeViolations(second);
    expect(await queryE2eDatabase(`SELECT count(*)::int AS n FROM "Registration" WHERE "sessionId" = $1`, [session.id])).toEqual([{ n: 1 }]);

    await page.reload();
    await expect(codes.getByRole("row", { name: new RegExp(code) })).toContainText("1 of 1");
    // Left out of the programme (search finds nothing), but its page opens from the link.
    await second.goto(`/programme?week=${UPCOMING_EVENT_SLUG}&q=${encodeURIComponent(session.title)}`);
    await expect(second.getByRole("link", { name: session.title })).toHaveCount(0);
  });

  test("a request for a place is approved or declined by an organiser, and the person is emailed either way", async ({ browser, page }) => {
    const t = tag();
    const session = await newSession(`Supervision masterclass ${t}`, "APPROVAL", { capacity: 1, audience: "new team managers" });
    const askerEmail = `asker-${t}@example.test`;
    const asker = await (await browser.newContext()).newPage();
    await signUp(asker, { name: "Ann Asker", email: askerEmail, password: PASSWORD, returnTo: session.path });
    await expect(asker.getByText("For new team managers. Places are given by the organisers").first()).toBeVisible();
    await asker.getByRole("button", { name: "Ask for a place" }).click();
    await expect(asker.getByRole("status")).toContainText("Your request has been sent to the organisers.");
    await asker.reload();
    await expect(asker.getByText("You have asked for a place. The organisers have not decided yet")).toBeVisible();
    await expectNoAxeViolations(asker);

    const otherEmail = `other-${t}@example.test`;
    const other = await (await browser.newContext()).newPage();
    await signUp(other, { name: "Bryn Other", email: otherEmail, password: PASSWORD, returnTo: session.path });
    await other.getByRole("button", { name: "Ask for a place" }).click();
    await expect(other.getByRole("status")).toContainText("Your request has been sent");

    await signInAsOrganiser(page, `/admin/sessions/${session.id}/booking`);
    const requests = page.getByRole("table", { name: "Requests for a place, oldest first" });
    await expect(requests.getByRole("rowheader")).toContainText(["Ann Asker", "Bryn Other"]);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Approve Ann Asker" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ann Asker has a confirmed place and has been emailed." })).toBeVisible();
    await page.getByRole("button", { name: "Decline Bryn Other" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Bryn Other’s request has been declined" })).toBeVisible();
    await page.reload();
    await expect(page.getByText("No requests are waiting.")).toBeVisible();
    await expect(page.getByText("Decided so far: 1 approved, 1 declined.")).toBeVisible();

    await expect
      .poll(async () => (await Promise.all((await emailsTo(askerEmail)).map(subjectOf))).some((subject) => subject.startsWith("Your place is confirmed")))
      .toBe(true);
    await expect
      .poll(async () => (await Promise.all((await emailsTo(otherEmail)).map(subjectOf))).includes(`Your request for a place: ${session.title}`))
      .toBe(true);
    await asker.reload();
    await expect(asker.getByText("You have a place on this session.")).toBeVisible();
    await other.reload();
    await expect(other.getByText("the organisers could not offer you one on this session")).toBeVisible();
    await expect(other.getByRole("button", { name: "Ask for a place" })).toHaveCount(0);
  });
});
