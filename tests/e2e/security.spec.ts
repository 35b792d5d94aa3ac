import { randomBytes } from "node:crypto";
import { expect, test, type APIResponse, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import { upcomingSlugs } from "../../prisma/seed/glan-usk-practice-week";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";
import { signUp } from "./support/accounts";
import { signInAsAttendee, signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";

// Security headers on every kind of response, a nonce-based CSP that still
// lets every page hydrate and blocks injected script, and session cookies
// that a copy cannot outlive.

const SESSION_COOKIE = "cpdweek.session-token"; // over http; __Secure-… over https (unit-tested)
const PASSWORD = "a long enough password";
const emailPrefix = `security-${randomBytes(4).toString("hex")}`;

test.afterAll(async () => {
  // Registrations, sign-in attempts and the like go with the accounts (cascade).
  await queryE2eDatabase(`DELETE FROM "User" WHERE email LIKE $1`, [`${emailPrefix}-%@example.test`]);
});

type AnyResponse = Response | APIResponse;

async function headerValues(response: AnyResponse, name: string): Promise<string[]> {
  return (await response.headersArray()).filter((header) => header.name.toLowerCase() === name).map((header) => header.value);
}

/** The directives of the response's one Content-Security-Policy header. */
async function policyOf(response: AnyResponse): Promise<Map<string, string[]>> {
  const policies = await headerValues(response, "content-security-policy");
  expect(policies, `${response.url()}: exactly one CSP header`).toHaveLength(1);
  return new Map(
    (policies[0] ?? "").split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

function nonceOf(policy: Map<string, string[]>): string | undefined {
  return policy
    .get("script-src")
    ?.find((source) => source.startsWith("'nonce-"))
    ?.slice("'nonce-".length, -1);
}

async function expectSecurityHeaders(response: AnyResponse | null, kind: "page" | "other") {
  expect(response, "a response").not.toBeNull();
  if (!response) return;
  const where = response.url();
  const single = async (name: string) => {
    const values = await headerValues(response, name);
    expect(values, `${where}: one ${name}`).toHaveLength(1);
    return values[0];
  };
  expect(await single("strict-transport-security"), where).toBe("max-age=63072000; includeSubDomains");
  expect(await single("referrer-policy"), where).toBe("strict-origin-when-cross-origin");
  expect(await single("x-content-type-options"), where).toBe("nosniff");
  expect(await single("x-frame-options"), where).toBe("DENY");
  const permissions = (await single("permissions-policy"))?.split(", ") ?? [];
  for (const feature of ["camera", "microphone", "geolocation", "payment"]) expect(permissions, where).toContain(`${feature}=()`);

  const policy = await policyOf(response);
  expect(policy.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(policy.get("object-src"), where).toEqual(["'none'"]);
  expect(policy.get("base-uri"), where).toEqual(["'self'"]);
  expect(policy.get("default-src"), where).toEqual(["'self'"]);
  const scripts = policy.get("script-src") ?? [];
  expect(scripts, where).not.toContain("'unsafe-inline'");
  expect(scripts, where).not.toContain("'unsafe-eval'");
  if (kind === "page") {
    expect(nonceOf(policy), where).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(scripts, where).toEqual(["'self'", `'nonce-${nonceOf(policy)}'`]);
  } else {
    expect(scripts, where).toEqual(["'self'"]);
  }
}

/** A person of the test's own, removed in afterAll (by the address's prefix). */
const person = (label: string, returnTo?: string) => ({
  name: `Security ${label}`,
  email: `${emailPrefix}-${label}@example.test`,
  password: PASSWORD,
  returnTo,
});

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in?callbackUrl=%2Faccount");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My programme" })).toBeVisible();
}

async function sessionCookieOf(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie, "the session cookie").toBeDefined();
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

/** Whether a fresh browser holding only this cookie is signed in. */
async function isSignedInWith(browser: Browser, cookie: Awaited<ReturnType<typeof sessionCookieOf>>): Promise<boolean> {
  const context = await browser.newContext();
  try {
    await context.addCookies([cookie]);
    const page = await context.newPage();
    await page.goto("/account");
    return !new URL(page.url()).pathname.startsWith("/sign-in");
  } finally {
    await context.close();
  }
}

/** Collects CSP violations (events and console reports) from the moment the page loads. */
async function watchForViolations(page: Page) {
  const consoleReports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    async expectNone(where: string) {
      const events = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      expect(events, `${where}: securitypolicyviolation events`).toEqual([]);
      expect(consoleReports, `${where}: console CSP reports`).toEqual([]);
    },
  };
}

/** Waits until Next.js's client runtime has started and React has hydrated the page (its fibers are on the DOM). */
async function expectHydrated(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const started = typeof (window as unknown as { next?: { version?: string } }).next?.version === "string";
        const main = document.querySelector("main");
        return started && !!main && Object.keys(main).some((key) => key.startsWith("__reactFiber$"));
      }),
    )
    .toBe(true);
}

test.describe("security headers on every kind of response", () => {
  test("pages and 404s carry a nonce policy; everything else the nonce-free one", async ({ page, request }) => {
    const home = await page.goto("/");
    await expectSecurityHeaders(home, "page");
    await expectSecurityHeaders(await page.goto(`/sessions/${demoSlugs.worldSocialWorkDay}`), "page");

    // Behind a TLS-terminating proxy the page asks browsers to upgrade any http:// subresource; over plain http it does not.
    expect((await policyOf(home as Response)).has("upgrade-insecure-requests")).toBe(false);
    const viaHttps = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect((await policyOf(viaHttps)).get("upgrade-insecure-requests")).toEqual([]);

    const missing = await request.get("/no-such-page");
    expect(missing.status()).toBe(404);
    await expectSecurityHeaders(missing, "page");

    const health = await request.get("/api/health");
    expect(health.headers()["content-type"]).toContain("application/json");
    await expectSecurityHeaders(health, "other");
    const notFoundApi = await request.get("/api/no-such-route");
    expect(notFoundApi.status()).toBe(404);

    const calendar = await request.get(`/sessions/${upcomingSlugs.open}/calendar.ics`);
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()["content-type"]).toContain("text/calendar");
    // A page-style route outside /api: the proxy's policy (nonce unused, still strict).
    await expectSecurityHeaders(calendar, "page");

    const chunk = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
    expect(chunk).toMatch(/\.js$/);
    const script = await request.get(chunk ?? "");
    expect(script.status()).toBe(200);
    await expectSecurityHeaders(script, "other");

    const favicon = await request.get("/favicon.svg");
    expect(favicon.status()).toBe(200);
    await expectSecurityHeaders(favicon, "other");

    const missingStatic = await request.get("/_next/static/chunks/no-such-chunk.js");
    expect(missingStatic.status()).toBe(404);
    await expectSecurityHeaders(missingStatic, "other");
  });

  test("an organiser's CSV export and an attendee's PDF carry them too", async ({ browser }) => {
    const organiser = await browser.newContext();
    const organiserPage = await organiser.newPage();
    await signInAsOrganiser(organiserPage);
    const [event] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Event" WHERE slug = $1`, [demoSlugs.event]);
    const csv = await organiserPage.request.get(`/admin/events/${event?.id}/registrations.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    await expectSecurityHeaders(csv, "page");
    await organiser.close();

    const attendee = await browser.newContext();
    const attendeePage = await attendee.newPage();
    await signInAsAttendee(attendeePage);
    const pdf = await attendeePage.request.get("/account/cpd/record.pdf");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    await expectSecurityHeaders(pdf, "page");
    await attendee.close();
  });
});

test.describe("content security policy", () => {
  test("a fresh nonce on every load, on Next.js's own scripts", async ({ page }) => {
    const first = await page.goto("/programme");
    const firstNonce = nonceOf(await policyOf(first as Response));
    const html = await (first as Response).text();
    expect(html).toContain(`nonce="${firstNonce}"`);
    // Every <script> in the page carries this response's nonce.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${firstNonce}"`);

    const second = await page.reload();
    const secondNonce = nonceOf(await policyOf(second as Response));
    expect(secondNonce).toBeDefined();
    expect(secondNonce).not.toBe(firstNonce);
    expect(await (second as Response).text()).not.toContain(firstNonce ?? "no nonce");
  });

  test("the public pages hydrate and use the programme filters with no violations", async ({ page }) => {
    const watch = await watchForViolations(page);
    for (const path of ["/", "/programme", "/speakers", "/weeks", "/certificates/verify", "/sign-in"]) {
      await page.goto(path);
      await expectHydrated(page);
      await watch.expectNone(path);
    }

    await page.goto(`/programme?week=${demoSlugs.event}`);
    await expectHydrated(page);
    await page.getByLabel("Day", { exact: true }).selectOption({ label: "Tuesday 18 March 2025" });
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page.getByRole("heading", { name: /session(s)? match(es)? your filters/ })).toHaveText("2 sessions match your filters");
    await watch.expectNone("programme filters");

    // A link followed by the client-side router keeps the page's JavaScript state: proof that scripts run.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.getByRole("article").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/sessions\//);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await watch.expectNone("client-side navigation");
  });

  test("signed-in pages hydrate with no violations: account, CPD record, admin with charts", async ({ browser }) => {
    const attendee = await browser.newContext();
    const attendeePage = await attendee.newPage();
    const attendeeWatch = await watchForViolations(attendeePage);
    await signInAsAttendee(attendeePage);
    for (const path of ["/account", "/account/details", "/account/cpd", "/account/cpd/new", "/account/certificates"]) {
      await attendeePage.goto(path);
      await expectHydrated(attendeePage);
      await attendeeWatch.expectNone(path);
    }
    await attendee.close();

    const organiser = await browser.newContext();
    const organiserPage = await organiser.newPage();
    const organiserWatch = await watchForViolations(organiserPage);
    await signInAsOrganiser(organiserPage);
    for (const path of ["/admin", "/admin/sessions", "/admin/sessions/new", "/admin/themes", "/admin/audit"]) {
      await organiserPage.goto(path);
      await expectHydrated(organiserPage);
      await organiserWatch.expectNone(path);
    }
    // The theme colour swatches are style attributes: allowed, and applied.
    await organiserPage.goto("/admin/themes");
    const swatch = organiserPage.locator('span[aria-hidden="true"][style*="background-color"]').first();
    expect(await swatch.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    await organiser.close();
  });

  test("forms with client-side behaviour work: sign-up errors, booking and cancelling", async ({ page }) => {
    const watch = await watchForViolations(page);
    await page.goto("/sign-up");
    await expectHydrated(page);
    await page.getByRole("button", { name: "Send me the link" }).click();
    // The error summary takes focus by script (useEffect): only possible once hydrated.
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
    await expect(summary).toBeFocused();
    await watch.expectNone("sign-up errors");

    await signUp(page, person("booker", `/sessions/${upcomingSlugs.open}`));
    await expectHydrated(page);
    await page.getByRole("button", { name: "Book a place" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your place is confirmed" })).toBeVisible();
    await watch.expectNone("booking");

    await page.goto("/account");
    await expectHydrated(page);
    await page.getByRole("region", { name: "Upcoming sessions" }).getByRole("button", { name: "Cancel my place" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your booking has been cancelled" })).toBeVisible();
    await watch.expectNone("cancelling");
  });

  test("script injected into the page without the nonce does not run", async ({ page, browser }) => {
    const path = `/sessions/${demoSlugs.worldSocialWorkDay}`;
    // The control: with the policy switched off, each payload does run, so the refusals below are the policy's work.
    const unprotected = await browser.newContext({ bypassCSP: true });
    const unprotectedPage = await unprotected.newPage();
    await unprotectedPage.goto(path);
    expect(await injectScripts(unprotectedPage)).toEqual({ script: true, handler: true, url: true });
    await unprotected.close();

    const consoleReports: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
    });
    await page.addInitScript(() => {
      const blocked: string[] = [];
      (window as unknown as { __blocked: string[] }).__blocked = blocked;
      document.addEventListener("securitypolicyviolation", (event) => blocked.push(event.violatedDirective));
    });
    await page.goto(path);
    await expectHydrated(page);
    expect(await injectScripts(page)).toEqual({ script: false, handler: false, url: false });
    // The browser reported each refusal against script-src.
    const events = await page.evaluate(() => (window as unknown as { __blocked: string[] }).__blocked);
    expect(events.filter((directive) => directive.startsWith("script-src")).length).toBeGreaterThanOrEqual(3);
    expect(consoleReports.length).toBeGreaterThanOrEqual(3);
    // The page's own scripts still work after the attempt.
    await expectHydrated(page);
  });
});

/** What an XSS payload would try, through the DOM: returns which of them ran. */
function injectScripts(page: Page) {
  return page.evaluate(async () => {
    const flags = window as unknown as { injectedScript?: boolean; injectedHandler?: boolean; injectedUrl?: boolean };
    // 1. An inline <script> element added through the DOM, without a nonce.
    const script = document.createElement("script");
    script.textContent = "window.injectedScript = true";
    document.body.appendChild(script);
    // 2. Markup with an inline event handler, as an unescaped name or comment would inject.
    document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:image/gif;base64,invalid" onerror="window.injectedHandler = true">`);
    // 3. A javascript: link followed.
    const link = document.createElement("a");
    link.href = "javascript:window.injectedUrl = true";
    document.body.appendChild(link);
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { script: flags.injectedScript ?? false, handler: flags.injectedHandler ?? false, url: flags.injectedUrl ?? false };
  });
}

test.describe("session cookies", () => {
  test("are HttpOnly, SameSite=Lax, Path=/ and out of reach of scripts", async ({ page, context }) => {
    await signUp(page, person("cookie"));
    const cookie = await sessionCookieOf(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
    expect(cookie.expires).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });

  test("signing out ends the session: a copy of the cookie is refused afterwards", async ({ page, context, browser }) => {
    const { email } = await signUp(page, person("signout"));
    const copied = await sessionCookieOf(context);
    // The copy works while the session lasts, so the refusal below means something.
    expect(await isSignedInWith(browser, copied)).toBe(true);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
    expect((await context.cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);

    expect(await isSignedInWith(browser, copied)).toBe(false);

    // Signing in again works.
    await signIn(page, email);
  });

  test("changing the password signs out the other browser and keeps this one signed in", async ({ page, browser }) => {
    const { email } = await signUp(page, person("password"));
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, email);

    await page.goto("/account/details");
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password").fill("a brand new long password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();

    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "My programme" })).toBeVisible();

    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await other.close();
  });
});
