import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { demoAccounts, demoSlugs } from "../../prisma/seed/demo-week";
import { axeViolations } from "../helpers/e2e-accessibility";
import { signInAs } from "../helpers/e2e-auth";
import { queryE2eDatabase } from "../helpers/e2e-database";
import { pageInventory, type PageFixtures, type Role } from "./support/page-inventory";
import { submitSignUpForm } from "../helpers/e2e-accounts";

// Section 5 of the performance-and-security issue: axe-core on every page, as
// every role that can see it, with no WCAG 2.2 A/AA violations. The admin
// pages are scanned as an organiser by accessibility.spec.ts from their own
// complete list; this spec covers the rest, from page-inventory.ts, which must
// name every page.tsx in app/ outside app/admin.

const PASSWORD = "a long enough password";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Page routes under app/, as "/sessions/[slug]" patterns, with route groups such as (public) removed. */
function pageRoutes(directory = path.join(process.cwd(), "app"), segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(directory)) {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) routes.push(...pageRoutes(full, /^\(.+\)$/.test(name) ? segments : [...segments, name]));
    else if (name === "page.tsx") routes.push(`/${segments.join("/")}`);
  }
  return routes;
}

function randomCertificateCode(): string {
  const groups = Array.from({ length: 7 }, () =>
    Array.from(randomBytes(4), (byte) => CROCKFORD[byte % 32]).join(""),
  );
  return `CPD-${groups.join("-")}`;
}

let attendee: { email: string; id: string };
let fixtures: PageFixtures;
let checkInSessionId: string;

test.beforeAll(async ({ browser }) => {
  attendee = await signUp(browser);
  const past = await queryE2eDatabase<{ id: string; slug: string; eventId: string; title: string; startsAt: Date; endsAt: Date }>(
    `SELECT id, slug, "eventId", title, "startsAt", "endsAt" FROM "Session"
      WHERE status = 'PUBLISHED' AND "endsAt" < now() ORDER BY "startsAt", id LIMIT 2`,
  );
  const [attended, checkIn] = past;
  if (!attended || !checkIn) throw new Error("The demo data needs two past published sessions");
  const attendedRegistrationId = `e2epage${randomBytes(8).toString("hex")}`;
  const checkInRegistrationId = `e2epage${randomBytes(8).toString("hex")}`;
  await queryE2eDatabase(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, attendance, "attendanceMarkedAt", "updatedAt")
     VALUES ($1, $2, $4, 'CONFIRMED', 'ATTENDED', now(), now()), ($3, $5, $4, 'CONFIRMED', 'UNMARKED', NULL, now())`,
    [attendedRegistrationId, attended.id, checkInRegistrationId, attendee.id, checkIn.id],
  );
  // A past session with self check-in switched on: its check-in page says the window has closed.
  checkInSessionId = checkIn.id;
  await queryE2eDatabase(`UPDATE "Session" SET "selfCheckIn" = true, "checkInCode" = 'K7M2QX' WHERE id = $1`, [checkIn.id]);
  const otherCpdEntryId = `e2epage${randomBytes(8).toString("hex")}`;
  await queryE2eDatabase(
    `INSERT INTO "CpdEntry" (id, "userId", "activityType", title, "activityDate", hours, learning, impact, "peerReflection", standards, "updatedAt")
     VALUES ($1, $2, 'READING', 'Reading on trauma-informed supervision', DATE '2026-10-01', 1.5,
             'How supervision can hold the emotional weight of the work.', 'I will open supervision with a check-in.', true, ARRAY['4.2'], now())`,
    [otherCpdEntryId, attendee.id],
  );
  const certificateCode = randomCertificateCode();
  const [event] = await queryE2eDatabase<{ title: string; organiserName: string; timeZone: string }>(
    `SELECT title, "organiserName", "timeZone" FROM "Event" WHERE id = $1`,
    [attended.eventId],
  );
  await queryE2eDatabase(
    `INSERT INTO "Certificate" (id, code, kind, "userId", "eventId", "sessionId", "holderName", title, "eventTitle", "organiserName", "timeZone", "startsAt", "endsAt", hours)
     VALUES ($1, $2, 'SESSION', $3, $4, $5, 'Every Page Tester', $6, $7, $8, $9, $10, $11, 1.5)`,
    [`e2epage${randomBytes(8).toString("hex")}`, certificateCode, attendee.id, attended.eventId, attended.id, attended.title, event!.title, event!.organiserName, event!.timeZone, attended.startsAt, attended.endsAt],
  );
  fixtures = {
    sessionSlugs: [demoSlugs.worldSocialWorkDay, demoSlugs.fullWorkshop, demoSlugs.cancelled, demoSlugs.mockCourt],
    weekSlug: demoSlugs.event,
    weekDay: "2025-03-19",
    speakerSlug: "siobhan-maclean",
    themeSlug: "maintaining-our-social-work-identity",
    pastWeekSlug: demoSlugs.pastEvent,
    certificateCode,
    attendedRegistrationId,
    checkInRegistrationId,
    otherCpdEntryId,
  };
});

test.afterAll(async () => {
  if (checkInSessionId) await queryE2eDatabase(`UPDATE "Session" SET "selfCheckIn" = false, "checkInCode" = NULL WHERE id = $1`, [checkInSessionId]);
});

async function signUp(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `every-page-${randomBytes(5).toString("hex")}@example.test`;
  await submitSignUpForm(page, { name: "Every Page Tester", email, password: PASSWORD, regulator: "Social Work England", registrationNumber: "SW445566" });
  await expect(page).toHaveURL(/\/account$/);
  await context.close();
  const [user] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!user) throw new Error("The new account is missing");
  return { email, id: user.id };
}

test("the inventory names every page outside the admin area, once", () => {
  const onDisk = pageRoutes().filter((route) => route !== "/admin" && !route.startsWith("/admin/")).sort();
  const listed = pageInventory.map((entry) => entry.pattern).sort();
  expect(listed).toEqual([...new Set(listed)]);
  expect(listed).toEqual(onDisk);
});

for (const role of ["anonymous", "attendee", "organiser"] as const satisfies readonly Role[]) {
  test(`every page a${role === "anonymous" ? "n anonymous visitor" : role === "attendee" ? "n attendee" : "n organiser"} can open has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    test.setTimeout(240_000);
    if (role === "attendee") await signInAs(page, attendee.email, PASSWORD);
    if (role === "organiser") await signInAs(page, demoAccounts.organiser.email);
    const found: string[] = [];
    let scanned = 0;
    for (const entry of pageInventory.filter((candidate) => candidate.roles.includes(role))) {
      for (const url of entry.urls(fixtures)) {
        const response = await page.goto(url);
        expect(response?.status(), `${url} as ${role}`).toBeLessThan(500);
        // Still the page asked for (an account page has not sent this role to sign in).
        expect(new URL(page.url()).pathname, `${url} as ${role}`).toBe(new URL(url, "http://x").pathname);
        for (const violation of await axeViolations(page)) found.push(`${url}: ${violation}`);
        scanned++;
      }
    }
    expect(found).toEqual([]);
    expect(scanned).toBeGreaterThan(role === "anonymous" ? 12 : 15);
  });
}
