import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ical from "node-ical";
import { PLACES_LAG_MS } from "../../lib/page-cache/page-cache";
import { DEMO_PASSWORD, demoAccounts } from "../../prisma/seed/demo-accounts";
import { upcomingSlugs } from "../../prisma/seed/glan-usk-practice-week";
import { linkSecretIn } from "../helpers/email-links";
import { openSignUpLink, requestSignUpLink, signUp, submitNewAccountForm } from "./support/accounts";
import { errorSummary } from "./support/error-summary";
import { emailsTo, noticesTo } from "./support/outbox";

function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** Someone registered with Social Care Wales, as the people in these tests are. */
const registeredInWales = (name: string, email: string, returnTo?: string) => ({
  name,
  email,
  regulator: "Social Care Wales",
  registrationNumber: "SCW-123456",
  returnTo,
});

test.describe("accounts", () => {
  test("sign-up says what is wrong with each field and keeps what was typed", async ({ page }) => {
    // Step one: the address.
    await page.goto("/sign-up");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Send me the link" }).click();
    await expect(errorSummary(page)).toContainText("Enter an email address in the right format");
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");

    // Step two, from the emailed link: the details.
    const email = uniqueEmail("fields");
    await requestSignUpLink(page, email);
    await openSignUpLink(page, email);
    await expect(page.getByRole("heading", { level: 1, name: "Finish creating your account" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByLabel("Job role").fill("Social\tworker");
    await page.getByRole("button", { name: "Create account" }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText("Enter your full name");
    await expect(summary).toContainText("Your password must be 10 characters or more");
    await expect(summary).toContainText("invisible control character");
    await expect(page.getByLabel("Job role")).toHaveValue("Social\tworker");
    // The link still works after a refused form, and makes the account once.
    await page.getByLabel("Job role").fill("Social worker");
    await submitNewAccountForm(page, { name: "Fields Person", password: "a long enough password" });
    await expect(page).toHaveURL(/\/account$/);
  });

  // Issue 11, finding 7: sign-up used to answer "An account with this email address already exists".
  test("an email can hold only one account, and sign-up does not say whether it has one", async ({ page }) => {
    const email = uniqueEmail("twice");
    await signUp(page, registeredInWales("First Person", email));
    await expect(page).toHaveURL(/\/account$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();

    // The same answer as for a new address, word for word.
    const fresh = uniqueEmail("fresh");
    await requestSignUpLink(page, fresh);
    const answerForNew = (await page.getByRole("status").innerText()).replace(fresh, "ADDRESS");
    await requestSignUpLink(page, email.toUpperCase());
    const answerForKnown = (await page.getByRole("status").innerText()).replace(email, "ADDRESS");
    expect(answerForKnown).toBe(answerForNew);
    await expect(page.getByText("already exists")).toHaveCount(0);

    // The owner is told by email instead, and no second account or link is made.
    await expect.poll(async () => (await emailsTo(email)).filter((message) => /^Subject: You already have a CPD Week account/m.test(message)).length).toBe(1);
    const links = await Promise.all((await emailsTo(email)).map((message) => linkSecretIn(message, "/sign-up/finish")));
    expect(links.filter(Boolean)).toHaveLength(1);
  });

  test("a wrong password gets a plain message that does not say whether the email exists", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(demoAccounts.attendee.email);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText("The email address or password is not right");
    await page.getByLabel("Email address").fill("nobody-here@example.test");
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText("The email address or password is not right");
  });

  test("details and password can be changed, with errors beside the fields", async ({ page }) => {
    const email = uniqueEmail("details");
    await signUp(page, registeredInWales("Details Person", email));
    await page.getByRole("link", { name: "Your details and password" }).click();
    await page.getByLabel("Full name").fill("");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(errorSummary(page)).toContainText("Enter your full name");
    // Drop-downs keep the choice after an answer (React resets forms to their first defaults).
    await expect(page.getByLabel("Registered with")).toHaveValue("SOCIAL_CARE_WALES");
    await page.getByLabel("Full name").fill("Details Person-Jones");
    await page.getByLabel("Job role").fill("Senior practitioner");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your details have been saved." })).toBeVisible();
    await expect(page.getByLabel("Registered with")).toHaveValue("SOCIAL_CARE_WALES");

    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password").fill("another long password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(errorSummary(page)).toContainText("Your current password is not right");
    await page.getByLabel("Current password").fill("a long enough password");
    await page.getByLabel("New password").fill("another long password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();
    // This device stays signed in; the new password works.
    await page.goto("/account");
    await expect(page.getByText("Signed in as Details Person-Jones")).toBeVisible();
  });

  test("the demo attendee can sign in and out", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(demoAccounts.attendee.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My programme" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  });
});

test.describe("booking", () => {
  test("an anonymous visitor is sent to sign in and comes back to the session", async ({ page }) => {
    await page.goto(`/sessions/${upcomingSlugs.open}`);
    await page.getByRole("link", { name: "Sign in to book a place" }).click();
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Fsessions%2F${upcomingSlugs.open}`));
    await page.getByRole("link", { name: "Create an account" }).click();
    await signUp(page, registeredInWales("Returning Visitor", uniqueEmail("returning"), `/sessions/${upcomingSlugs.open}`));
    await expect(page).toHaveURL(new RegExp(`/sessions/${upcomingSlugs.open}$`));
    await expect(page.getByRole("button", { name: "Book a place" })).toBeVisible();
  });

  test("sign up, book, see it in my programme, download the calendar, cancel", async ({ page }) => {
    const email = uniqueEmail("booker");
    await signUp(page, registeredInWales("Booking Person", email, `/sessions/${upcomingSlugs.open}`));
    await page.getByRole("button", { name: "Book a place" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();

    await page.goto("/account");
    const upcoming = page.getByRole("region", { name: "Upcoming sessions" });
    await expect(upcoming.getByRole("listitem")).toHaveCount(1);
    await expect(upcoming).toContainText("Place confirmed");
    await expect(upcoming.getByRole("link", { name: "Join the session" })).toHaveAttribute("href", /^https:\/\//);

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download all my sessions (.ics)" }).click();
    const text = await readFile((await (await downloadPromise).path()) ?? "", "utf8");
    const events = Object.values(ical.sync.parseICS(text)).filter((component) => component?.type === "VEVENT") as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(events[0]?.status).toBe("CONFIRMED");

    const subscription = await page.getByLabel("Subscribe in your calendar app").inputValue();
    const feed = await page.request.get(subscription);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("STATUS:CONFIRMED");

    await expect.poll(async () => (await noticesTo(email)).length).toBeGreaterThanOrEqual(1);
    const [confirmation] = await noticesTo(email);
    expect(confirmation).toMatch(/^Subject: Your place is confirmed/m);
    expect(confirmation).toContain("text/calendar");

    await upcoming.getByRole("button", { name: "Cancel my place" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your booking has been cancelled" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "Cancelled" })).toContainText("Cancelled");
    expect(await (await page.request.get(subscription)).text()).toContain("STATUS:CANCELLED");
  });

  test("a second person is promoted from the waiting list when the first cancels", async ({ browser }) => {
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();
    const secondEmail = uniqueEmail("waiting");
    const sessionPath = `/sessions/${upcomingSlugs.lastPlace}`;

    await signUp(first, registeredInWales("First Booker", uniqueEmail("first"), sessionPath));
    await first.getByRole("button", { name: "Book a place" }).click();
    await expect(first.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();

    await signUp(second, registeredInWales("Second Booker", secondEmail, sessionPath));
    await expect(second.getByText("This session is full. You can join the waiting list.")).toBeVisible();
    await second.getByRole("button", { name: "Join the waiting list" }).click();
    await expect(second.getByRole("status").filter({ hasText: "You are on the waiting list: number 1" })).toBeVisible();

    await first.reload();
    await first.getByRole("button", { name: "Cancel my place" }).click();
    await expect(first.getByRole("status").filter({ hasText: "Your booking has been cancelled" })).toBeVisible();

    await second.reload();
    await expect(second.getByText("You have a place on this session.")).toBeVisible();
    await expect.poll(async () => (await emailsTo(secondEmail)).some((message) => /^Subject: A place has come up/m.test(message))).toBe(true);
    await first.context().close();
    await second.context().close();
  });

  test("books and cancels straight from the programme", async ({ page }) => {
    await signUp(page, registeredInWales("Programme Booker", uniqueEmail("programme"), "/programme"));
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: /^Lunchtime CPD: research into practice/ }) });
    await card.getByRole("button", { name: "Book a place" }).click();
    await expect(card.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();
    await page.reload();
    await expect(card).toContainText("You have a place on this session.");
    await card.getByRole("button", { name: "Cancel my place" }).click();
    await expect(card.getByRole("status").filter({ hasText: "Your booking has been cancelled" })).toBeVisible();
  });

  test("places left are right within 2 s of a booking and a cancellation, on every page that shows them", async ({ browser, page }) => {
    // The programme, the home page's highlights and the session page are built
    // from the shared programme cache (ADR 0006), and a visitor with no cookie
    // gets them from the page cache (ADR 0010), where places left may lag a
    // booking by at most PLACES_LAG_MS. Each poll below loads the page again,
    // so the wait allows for the page loads as well.
    const visitor = await (await browser.newContext()).newPage();
    const sessionPath = `/sessions/${upcomingSlugs.inPerson}`;
    const placesOn = async (where: "session" | "programme" | "home") => {
      if (where === "session") {
        await visitor.goto(sessionPath);
        return visitor
          .getByRole("complementary")
          .getByText(/places? left$/)
          .innerText();
      }
      await visitor.goto(where === "home" ? "/" : "/programme");
      const card = visitor.getByRole("article").filter({ has: visitor.getByRole("link", { name: /^Reflective case discussion/ }) });
      return card.getByText(/places? left$/).innerText();
    };
    const before = await placesOn("session");
    const count = Number(before.match(/^(\d+)/)?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(await placesOn("programme")).toBe(before);
    expect(await placesOn("home")).toBe(before);
    // Whatever is cached, it is never cached for a proxy or another browser.
    const response = await visitor.request.get("/programme");
    expect(response.headers()["cache-control"]).toMatch(/private|no-store/);

    await signUp(page, registeredInWales("Cache Checker", uniqueEmail("cache"), sessionPath));
    await page.getByRole("button", { name: "Book a place" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();
    const after = `${count - 1} ${count - 1 === 1 ? "place" : "places"} left`;
    const withinLag = { timeout: PLACES_LAG_MS + 3_000, intervals: [100] };
    await expect.poll(() => placesOn("session"), withinLag).toBe(after);
    await expect.poll(() => placesOn("programme"), withinLag).toBe(after);
    await expect.poll(() => placesOn("home"), withinLag).toBe(after);

    await page.reload();
    await page.getByRole("button", { name: "Cancel my place" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your booking has been cancelled" })).toBeVisible();
    await expect.poll(() => placesOn("session"), withinLag).toBe(before);
    await expect.poll(() => placesOn("programme"), withinLag).toBe(before);
    await visitor.context().close();
  });

  test("a new private calendar address stops the old one working", async ({ page }) => {
    await signUp(page, registeredInWales("Calendar Person", uniqueEmail("calendar")));
    const field = page.getByLabel("Subscribe in your calendar app");
    const before = await field.inputValue();
    expect((await page.request.get(before)).status()).toBe(200);
    await page.getByRole("button", { name: "Make a new private address" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your private calendar address has been replaced" })).toBeVisible();
    await expect(field).not.toHaveValue(before);
    expect((await page.request.get(before)).status()).toBe(404);
    expect((await page.request.get(await field.inputValue())).status()).toBe(200);
  });

  test("a session that has already happened cannot be booked", async ({ page }) => {
    await signUp(page, registeredInWales("Late Person", uniqueEmail("late"), "/sessions/do-you-get-me"));
    await expect(page.getByText("This session has taken place.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Book a place" })).toHaveCount(0);
  });
});
