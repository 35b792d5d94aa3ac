// Every server action and route handler, fed generated bad input (fast-check):
// never a 500, never a stack trace or database error text in the answer, and
// the database still holds only whole, valid records afterwards. Runs against
// a server and database of its own (the "fuzz" project in playwright.config.ts),
// because some generated input is valid and does write.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import fc from "fast-check";
import { demoAccounts } from "../../prisma/seed/demo-accounts";
import { demoSlugs, demoThemeSlugs } from "../../prisma/seed/social-work-week-2025";
import { submitSignUpForm } from "./support/accounts";
import { concreteUrl } from "./support/admin-urls";
import { signInAs } from "./support/auth";
import { e2eServerErrorLog, queryE2eDatabase } from "./support/database";
import { actionPagePattern, callAction, formActionBody, readActionManifest, type ActionEntry } from "./support/server-actions";

const FUZZ_PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;
/**
 * Cases per server action and per route handler. The test command's run uses
 * 50 with a fixed seed, so that CI is repeatable and takes about two minutes;
 * search further with e.g. FUZZ_RUNS=500 FUZZ_SEED=random.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const SEED = process.env.FUZZ_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20_261_126);
const PASSWORD = "a long enough password";

type Role = "anonymous" | "attendee" | "organiser";
const ROLES: readonly Role[] = ["anonymous", "attendee", "organiser"];

const db = <Row extends Record<string, unknown>>(sql: string, values: unknown[] = []) => queryE2eDatabase<Row>(sql, values, FUZZ_PORT);

// ---- What must never reach a visitor ------------------------------------------------------------

/** A stack frame, or the words of a database, driver or runtime error (bounded patterns: answers can be large). */
const LEAKS: readonly RegExp[] = [
  /^\s{2,}at [^\n]{1,300}?:\d+:\d+\)?$/m,
  /Invalid `[a-z]*\.?prisma/i,
  /PrismaClient\w*Error|DriverAdapterError|P20\d\d\b/,
  /\b(TypeError|ReferenceError|RangeError|SyntaxError): /,
  /syntax error at or near|invalid byte sequence|violates (unique|foreign key|check|not-null) constraint|invalid input syntax for/i,
  /ECONNREFUSED|ETIMEDOUT/,
];

/**
 * A redirect (a Location header, or the header Next.js uses for a server
 * action's redirect) must lead to this site, read the way a browser reads it:
 * browsers drop tabs and line breaks, so "/\t/evil.example" goes to another host.
 */
function expectRedirectOnSite(response: APIResponse, what: string) {
  const site = `http://127.0.0.1:${FUZZ_PORT}`;
  for (const header of ["location", "x-action-redirect"]) {
    const target = response.headers()[header]?.split(";")[0];
    if (!target) continue;
    expect(new URL(target.replace(/[\t\n\r]/g, ""), site).origin, `${what} redirected to ${JSON.stringify(target)}`).toBe(site);
  }
}

async function expectSafeAnswer(response: APIResponse, what: string) {
  expect(response.status(), `${what} answered ${response.status()}`).toBeLessThan(500);
  expectRedirectOnSite(response, what);
  const body = await response.text();
  // Playwright keeps every answer's body until it is disposed: thousands of them slow the run to a crawl.
  await response.dispose();
  for (const leak of LEAKS) expect(body, `${what} leaked ${leak}`).not.toMatch(leak);
}

/** The status of a GET whose answer's headers are too large for Playwright's HTTP client, read with a 1 MiB limit. */
async function statusWithLargeHeaders(request: APIRequestContext, url: string): Promise<number> {
  const cookie = (await request.storageState()).cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
  return new Promise((resolve, reject) => {
    http
      .get(new URL(url, `http://127.0.0.1:${FUZZ_PORT}`), { maxHeaderSize: 1 << 20, headers: { cookie } }, (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      })
      .on("error", reject);
  });
}

// ---- Generated input ------------------------------------------------------------------------------

/** Field names the site's forms use, so that generated values reach the validation they target. */
const FIELD_NAMES = [
  "title",
  "slug",
  "summary",
  "description",
  "titleCy",
  "summaryCy",
  "descriptionCy",
  "startDate",
  "endDate",
  "timeZone",
  "organiserName",
  "audienceNote",
  "audiences",
  "name",
  "colour",
  "position",
  "role",
  "organisation",
  "bio",
  "date",
  "start",
  "end",
  "startsAt",
  "endsAt",
  "format",
  "venue",
  "joinUrl",
  "capacity",
  "cpdHours",
  "hours",
  "status",
  "featured",
  "speakerIds",
  "speakerParts",
  "themeId",
  "eventId",
  "sessionId",
  "registrationId",
  "registrationIds",
  "entryId",
  "speakerId",
  "invitationId",
  "userId",
  "certificateId",
  "activityType",
  "activityDate",
  "learning",
  "impact",
  "peerNotes",
  "peerReflection",
  "standards",
  "email",
  "password",
  "currentPassword",
  "newPassword",
  "regulator",
  "registrationNumber",
  "jobRole",
  "callbackUrl",
  "returnTo",
  "code",
  "reason",
  "confirm",
  "change",
  "certificateName",
  "attendance",
  "q",
  "from",
  "to",
  "organiserNameCy",
  "audienceNoteCy",
  "nameCy",
  "venueCy",
  "roleCy",
  "organisationCy",
  "bioCy",
  "deliveryLanguage",
  "publishWithoutWelsh",
  "language",
  // Who may book, access needs, changing the address, practice observations (issue 14).
  "invitationCode",
  "requestId",
  "decision",
  "bookingRule",
  "bookingDomains",
  "bookingAudience",
  "bookingAudienceCy",
  "unlisted",
  "label",
  "maxUses",
  "expiresOn",
  "codeId",
  "newEmail",
  "token",
  "needs",
  "other",
  "accessProvided",
  "opportunityId",
  "slotId",
  "bookingId",
  "team",
  "teamCy",
  "activity",
  "location",
  "observersPerSlot",
  "hostName",
  "hostEmail",
  "startTime",
  "endTime",
  "workingWell",
  "couldBeBetter",
  "themes",
  "followUp",
  "observationBookingId",
  // Messages from organisers (issue 15).
  "messageId",
  "audience",
  "subject",
  "body",
  "subjectCy",
  "bodyCy",
  "when",
  "sendOn",
  "sendTime",
  "englishOnly",
  "relevance",
  "quality",
  "mostUseful",
  "couldBeBetter",
  "showName",
  // Peer reflection (issue 15).
  "peerDiscussion",
  "colleagueName",
  "colleagueEmail",
  "answer",
  // Slides, recordings and reading (issue 15).
  "resourceId",
  "kind",
  "url",
  "visibility",
  "direction",
  // Websites that may frame a week's programme (issue 16).
  "embedOrigins",
] as const;

const NASTY_VALUES = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uFFFF",
  "\uD800",
  "0",
  "-1",
  "-0",
  "1e309",
  "NaN",
  "Infinity",
  "9007199254740993",
  "0.1",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "25:61",
  "24:00",
  "01:30",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "' OR 1=1 --",
  '"; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "../../etc/passwd",
  "%00",
  "%",
  "\r\n\r\n",
  '=HYPERLINK("x")',
  "𝓗𝓮𝓵𝓵𝓸",
  "Siân Llŷr",
  "ATTENDED",
  "PUBLISHED",
  "CANCELLED",
  "SOCIAL_WORK_ENGLAND",
  "ONLINE",
  "WELSH",
  "welsh",
  "on",
  "now",
  "later",
  "WAITLISTED",
  "EVERYONE",
  "yes",
  "Europe/London",
  "Mars/Olympus",
  "#zzzzzz",
  "#000000",
  "https://",
  "http://x",
  "https://x",
  "https://user:pw@example.org/",
  "RECORDING",
  "ATTENDEES",
  "up",
  "attendee@demo.cpdweek.test",
  "organiser@demo.cpdweek.test",
  "CPD-0000-0000-0000-0000-0000-0000-0000",
  // Text that breaks single-line formats (calendar parameters, headers, CSV) and return paths that leave the site.
  "Social Care Wales\r\nATTENDEE:mailto:x@evil.example",
  "a\tb",
  "a\u2028b",
  "a\u001bb",
  "a\u0085b",
  "/\t/evil.example/phish",
  "/\n/evil.example",
  "//evil.example",
  "/\\evil.example",
  "/.//evil.example",
  "https://evil.example/",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "+020000-01-01",
] as const;

const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_VALUES) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(6_000), "ŵ".repeat(70_000)) },
);

const fieldName = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FIELD_NAMES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) });
const fields = fc.dictionary(fieldName, value, { maxKeys: 14 });

/** How the body is laid out: as React sends a useActionState form or a plain form action, fields without the envelope, or junk. */
const actionCase = fc.oneof(
  { weight: 5, arbitrary: fc.record({ shape: fc.constant("state" as const), previous: fc.jsonValue({ maxDepth: 2 }), fields }) },
  { weight: 2, arbitrary: fc.record({ shape: fc.constant("form" as const), fields }) },
  { weight: 1, arbitrary: fc.record({ shape: fc.constant("bare" as const), fields }) },
  { weight: 1, arbitrary: fc.record({ shape: fc.constant("junk" as const), junk: fc.string({ maxLength: 60 }) }) },
);

function actionBody(generated: typeof actionCase extends fc.Arbitrary<infer Case> ? Case : never): Record<string, string> | FormData {
  switch (generated.shape) {
    case "state":
      return formActionBody(generated.fields, generated.previous ?? null);
    case "form":
      return formActionBody(generated.fields);
    case "bare":
      return { ...generated.fields };
    case "junk":
      return { "0": generated.junk };
  }
}

// ---- Who calls ------------------------------------------------------------------------------------

const callers = new Map<Role, APIRequestContext>();

async function signedInRequest(browser: Browser, email: string, password?: string) {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${FUZZ_PORT}` });
  const page = await context.newPage();
  await signInAs(page, email, password);
  return context.request;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  const email = `fuzz-${randomBytes(5).toString("hex")}@example.test`;
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${FUZZ_PORT}` });
  const page = await context.newPage();
  await submitSignUpForm(page, { name: "Fuzz Tester", email, password: PASSWORD });
  await expect(page).toHaveURL(/\/account$/);
  await context.close();
  callers.set("anonymous", await playwright.request.newContext({ baseURL: `http://127.0.0.1:${FUZZ_PORT}` }));
  callers.set("attendee", await signedInRequest(browser, email, PASSWORD));
  callers.set("organiser", await signedInRequest(browser, demoAccounts.organiser.email));
  console.log(`Fuzzing with seed ${SEED}, ${RUNS} cases each (replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}).`);
});

/**
 * Pieces of addresses as a hand, a proxy or an attacker writes them, not only
 * as encodeURIComponent would: broken %-escapes ("%E0%A4%A", a lone "%"),
 * escaped control characters and whitespace, escaped slashes and dots. The
 * first version of this fuzzer encoded every generated string properly, so it
 * never sent a broken escape, and missed the 500s those gave (issue 11).
 */
const RAW_PIECES = [
  "%",
  "%%",
  "%E0%A4%A",
  "%C3",
  "%zz",
  "%0",
  "%G1",
  "%0a",
  "%0d",
  "%0d%0a",
  "%09",
  "%1b",
  "%7f",
  "%c2%85",
  "%e2%80%a8",
  "%00",
  "%2f",
  "%5c",
  "%2e",
  "%2e%2e",
  "..",
  ".",
  "~",
  "+",
  "%20",
  "%F0%9F%92%A9",
  "%ED%A0%80",
  "a",
  "Z",
  "0",
  "-",
  "ŵ",
  "evil.example",
] as const;
const rawText = fc.array(fc.constantFrom(...RAW_PIECES), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(""));

/** Real ids, and made-up ones, for the dynamic parts of addresses. */
const pathValue = fc.oneof(
  fc.constantFrom(
    "x",
    "0",
    "%00",
    "..",
    "-1",
    "a".repeat(300),
    "%F0%9F%92%A9",
    "CPD-0000-0000-0000-0000-0000-0000-0000",
    demoSlugs.fullWorkshop,
    demoSlugs.event,
    demoThemeSlugs.wellBeing,
  ),
  fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
  rawText,
);

// ---- Server actions -------------------------------------------------------------------------------

const actions: ActionEntry[] = [];

test("the build's server actions are all fuzzed below", async () => {
  actions.push(...(await readActionManifest()));
  expect(actions.length).toBeGreaterThan(30);
});

test("every server action survives generated input from every kind of caller", async ({ baseURL }) => {
  test.setTimeout(40 * 60_000);
  const summary: string[] = [];
  for (const action of actions) {
    const pattern = actionPagePattern(action);
    const caseArbitrary = fc.record({ role: fc.constantFrom(...ROLES), body: actionCase, segment: pathValue });
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async ({ role, body, segment }) => {
        const url = concreteUrl(pattern, new Proxy({}, { get: () => segment }));
        const response = await callAction(callers.get(role)!, baseURL!, action.id, url, actionBody(body));
        await expectSafeAnswer(response, `${action.filename}#${action.exportedName} as ${role} at ${url}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    summary.push(`${action.filename}#${action.exportedName}: ${RUNS} cases`);
  }
  console.log(summary.join("\n"));
});

// ---- Route handlers and pages with parameters -----------------------------------------------------

/** Every route handler (and the pages that read their address), with generated path segments and query strings. */
const ROUTES: ReadonlyArray<{ pattern: string; method: "GET" | "POST" }> = [
  { pattern: "/api/health", method: "GET" },
  { pattern: "/api/auth/[x]", method: "GET" },
  { pattern: "/api/auth/[x]", method: "POST" },
  { pattern: "/api/sessions/[x]/registrations", method: "POST" },
  { pattern: "/api/sessions/[x]/registrations", method: "GET" },
  { pattern: "/sessions/[x]/calendar.ics", method: "GET" },
  // Issue 16: share images (a PNG, or a plain 404 for anything that is not a public session or week).
  { pattern: "/sessions/[x]/og-image.png", method: "GET" },
  { pattern: "/weeks/[x]/og-image.png", method: "GET" },
  { pattern: "/cy/sessions/[x]/og-image.png", method: "GET" },
  // Issue 16: a week's and a theme's calendar feeds and the week's Frab schedule files.
  { pattern: "/weeks/[x]/calendar.ics", method: "GET" },
  { pattern: "/themes/[x]/calendar.ics", method: "GET" },
  { pattern: "/weeks/[x]/schedule.xml", method: "GET" },
  { pattern: "/weeks/[x]/schedule.json", method: "GET" },
  // Issue 16: the read API (answers are JSON problems, never a 500).
  { pattern: "/api/v1/weeks", method: "GET" },
  { pattern: "/api/v1/weeks", method: "POST" },
  { pattern: "/api/v1/weeks/[x]", method: "GET" },
  { pattern: "/api/v1/weeks/[x]/themes", method: "GET" },
  { pattern: "/api/v1/weeks/[x]/sessions", method: "GET" },
  { pattern: "/api/v1/sessions/[x]", method: "GET" },
  { pattern: "/api/v1/speakers", method: "GET" },
  { pattern: "/api/v1/speakers/[x]", method: "GET" },
  { pattern: "/api/v1/[x]/[x]", method: "GET" },
  { pattern: "/api/v1/openapi.json", method: "GET" },
  { pattern: "/embed/weeks/[x]", method: "GET" },
  { pattern: "/cy/embed/weeks/[x]", method: "GET" },
  { pattern: "/calendar/[x]", method: "GET" },
  { pattern: "/account/calendar.ics", method: "GET" },
  { pattern: "/account/certificates/session/[x]", method: "GET" },
  { pattern: "/account/certificates/week/[x]", method: "GET" },
  { pattern: "/account/cpd/record.csv", method: "GET" },
  { pattern: "/account/cpd/record.txt", method: "GET" },
  { pattern: "/account/cpd/record.pdf", method: "GET" },
  { pattern: "/account/cpd/sample-check.pdf", method: "GET" },
  { pattern: "/account/cpd/sample-check.txt", method: "GET" },
  { pattern: "/admin/sessions/[x]/registrations.csv", method: "GET" },
  { pattern: "/admin/events/[x]/registrations.csv", method: "GET" },
  { pattern: "/certificates/verify/[x]", method: "GET" },
  { pattern: "/sessions/[x]", method: "GET" },
  { pattern: "/speakers/[x]", method: "GET" },
  { pattern: "/themes/[x]", method: "GET" },
  { pattern: "/programme", method: "GET" },
  { pattern: "/admin/audit", method: "GET" },
  { pattern: "/admin/emails", method: "GET" },
  { pattern: "/admin/sessions", method: "GET" },
  { pattern: "/account/cpd", method: "GET" },
  { pattern: "/account", method: "GET" },
  { pattern: "/sign-in", method: "GET" },
  { pattern: "/sign-up", method: "GET" },
  { pattern: "/sign-up/finish", method: "GET" },
  { pattern: "/reset-password", method: "GET" },
  { pattern: "/verify-email", method: "GET" },
  { pattern: "/organiser-invitation", method: "GET" },
  { pattern: "/[x]", method: "GET" },
  // Issue 12: the same pages in Welsh under /cy, and the switch's way back through /en.
  { pattern: "/cy/[x]", method: "GET" },
  { pattern: "/cy/sessions/[x]", method: "GET" },
  { pattern: "/cy/sessions/[x]/calendar.ics", method: "GET" },
  { pattern: "/cy/weeks/[x]/calendar.ics", method: "GET" },
  { pattern: "/cy/themes/[x]/calendar.ics", method: "GET" },
  { pattern: "/cy/weeks/[x]/schedule.xml", method: "GET" },
  { pattern: "/cy/weeks/[x]/schedule.json", method: "GET" },
  { pattern: "/cy/programme", method: "GET" },
  { pattern: "/cy/account/cpd", method: "GET" },
  { pattern: "/cy/certificates/verify/[x]", method: "GET" },
  { pattern: "/cy/sign-in", method: "GET" },
  { pattern: "/en/[x]", method: "GET" },
  { pattern: "/en/[x]/[x]", method: "GET" },
];

const QUERY_NAMES = [
  "week",
  "day",
  "theme",
  "format",
  "audience",
  "q",
  "from",
  "to",
  "sort",
  "page",
  "per_page",
  "language_of_delivery",
  "status",
  "entity",
  "actor",
  "callbackUrl",
  "token",
  "notice",
  "welcome",
  "password",
  "forbidden",
] as const;
const queryString = fc.oneof(
  // Well-formed, as a browser builds it from a form.
  fc
    .dictionary(fc.oneof(fc.constantFrom(...QUERY_NAMES), fc.string({ maxLength: 8 })), value, { maxKeys: 5 })
    .map((entries) => new URLSearchParams(entries).toString()),
  // As typed or crafted: raw pieces, broken escapes and all.
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_NAMES), rawText), rawText), { minLength: 1, maxLength: 4 })
    .map((pairs) => pairs.map(([name, raw]) => `${name}=${raw}`).join("&")),
);

test("every route handler and parameterised page survives generated addresses and bodies", async () => {
  test.setTimeout(30 * 60_000);
  for (const route of ROUTES) {
    const caseArbitrary = fc.record({ role: fc.constantFrom(...ROLES), segment: pathValue, query: queryString, json: fc.oneof(fc.jsonValue(), fc.string()) });
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async ({ role, segment, query, json }) => {
        const url = `${route.pattern.replaceAll("[x]", segment)}${query ? `?${query}` : ""}`;
        const request = callers.get(role)!;
        let response: APIResponse;
        try {
          response =
            route.method === "GET"
              ? await request.get(url, { maxRedirects: 0 })
              : await request.post(url, {
                  data: typeof json === "string" ? json : JSON.stringify(json),
                  headers: { "content-type": "application/json" },
                  maxRedirects: 0,
                });
        } catch (error) {
          if (!String(error).includes("Header overflow")) throw error;
          // Next.js's own trailing-slash redirect repeats a long address in two
          // headers, past the 16 KiB that Playwright's client reads (browsers read
          // far more): read the status with a larger limit instead.
          const status = await statusWithLargeHeaders(request, url);
          expect(status, `${route.method} ${url} as ${role} answered ${status}`).toBeLessThan(500);
          return;
        }
        await expectSafeAnswer(response, `${route.method} ${url} as ${role}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }
});

// ---- Nothing half-written -------------------------------------------------------------------------

test("after fuzzing, the database holds only whole, valid records", async () => {
  const broken = await db<{ rule: string; count: string }>(`
    SELECT 'session over capacity' AS rule, count(*)::text AS count FROM "Session" s
      WHERE s.capacity IS NOT NULL AND (SELECT count(*) FROM "Registration" r WHERE r."sessionId" = s.id AND r.status = 'CONFIRMED') > s.capacity
    UNION ALL SELECT 'waiting list with gaps or repeats', count(*)::text FROM (
      SELECT "sessionId" FROM "Registration" WHERE status = 'WAITLISTED'
      GROUP BY "sessionId" HAVING count(*) <> max("waitlistPosition") OR count(DISTINCT "waitlistPosition") <> count(*) OR min("waitlistPosition") <> 1) gaps
    UNION ALL SELECT 'waiting position outside the waiting list', count(*)::text FROM "Registration"
      WHERE (status = 'WAITLISTED') <> ("waitlistPosition" IS NOT NULL)
    UNION ALL SELECT 'session ending before it starts, or bad capacity or hours', count(*)::text FROM "Session"
      WHERE "endsAt" <= "startsAt" OR capacity < 1 OR "cpdHours" < 0.25 OR "cpdHours" > 12 OR title = '' OR slug = ''
    UNION ALL SELECT 'session outside its week', count(*)::text FROM "Session" s JOIN "Event" e ON e.id = s."eventId"
      WHERE s."startsAt" < e."startDate" - interval '1 day' OR s."startsAt" > e."endDate" + interval '2 days'
    UNION ALL SELECT 'speaker order with gaps', count(*)::text FROM (
      SELECT "sessionId" FROM "SessionSpeaker" GROUP BY "sessionId" HAVING max(position) - min(position) + 1 <> count(*)) gaps
    UNION ALL SELECT 'event ending before it starts', count(*)::text FROM "Event" WHERE "endDate" < "startDate" OR title = '' OR slug = ''
    UNION ALL SELECT 'theme colour not #rrggbb', count(*)::text FROM "Theme" WHERE colour !~ '^#[0-9a-fA-F]{6}$' OR name = ''
    UNION ALL SELECT 'CPD entry out of bounds', count(*)::text FROM "CpdEntry"
      WHERE hours <= 0 OR hours > 100 OR char_length(learning) < 20 OR impact = '' OR title = ''
    UNION ALL SELECT 'user without a proper email or name', count(*)::text FROM "User"
      WHERE email <> lower(email) OR email !~ '^[^@\\s]+@[^@\\s]+$' OR btrim(name) = ''
    UNION ALL SELECT 'certificate code malformed', count(*)::text FROM "Certificate" WHERE code !~ '^CPD(-[0-9A-HJKMNP-TV-Z]{4}){7}$'
    UNION ALL SELECT 'embed website not an origin', count(*)::text FROM "Event", unnest("embedOrigins") AS origin
      WHERE origin !~ '^https?://[a-z0-9.:\\[\\]-]+$' OR (origin LIKE 'http:%' AND origin !~ '^http://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]+)?$')
    UNION ALL SELECT 'attendance on a registration that is not confirmed', count(*)::text FROM "Registration"
      WHERE attendance <> 'UNMARKED' AND status <> 'CONFIRMED'
    UNION ALL SELECT 'a single-line field holding a control character', count(*)::text FROM (
      SELECT title AS text FROM "Event" UNION ALL SELECT "titleCy" FROM "Event" UNION ALL SELECT "organiserName" FROM "Event" UNION ALL SELECT "organiserNameCy" FROM "Event"
      UNION ALL SELECT name FROM "Theme" UNION ALL SELECT "nameCy" FROM "Theme"
      UNION ALL SELECT title FROM "Session" UNION ALL SELECT "titleCy" FROM "Session" UNION ALL SELECT venue FROM "Session" UNION ALL SELECT "venueCy" FROM "Session" UNION ALL SELECT "joinUrl" FROM "Session"
      UNION ALL SELECT name FROM "Speaker" UNION ALL SELECT role FROM "Speaker" UNION ALL SELECT "roleCy" FROM "Speaker" UNION ALL SELECT organisation FROM "Speaker" UNION ALL SELECT "organisationCy" FROM "Speaker"
      UNION ALL SELECT name FROM "User" UNION ALL SELECT "jobRole" FROM "User" UNION ALL SELECT organisation FROM "User" UNION ALL SELECT "registrationNumber" FROM "User"
      UNION ALL SELECT title FROM "CpdEntry"
      UNION ALL SELECT title FROM "SessionResource" UNION ALL SELECT "titleCy" FROM "SessionResource" UNION ALL SELECT url FROM "SessionResource"
      UNION ALL SELECT subject FROM "OrganiserMessage" UNION ALL SELECT "subjectCy" FROM "OrganiserMessage"
      UNION ALL SELECT "colleagueName" FROM "PeerConfirmation") texts
      WHERE text ~ '[\x01-\x1f\x7f\u0080-\u009f\u2028\u2029]'
    UNION ALL SELECT 'a session resource that is not an https link to a named site, or has no title', count(*)::text FROM "SessionResource"
      WHERE url !~ '^https://[a-z0-9-]+(\\.[a-z0-9-]+)+(:[0-9]+)?/' OR btrim(title) = '' OR position < 0
    UNION ALL SELECT 'a message without a subject or text, half a Welsh version, or sent without its time', count(*)::text FROM "OrganiserMessage"
      WHERE btrim(subject) = '' OR btrim(body) = '' OR ("subjectCy" IS NULL) <> ("bodyCy" IS NULL) OR (status IN ('SCHEDULED', 'SENT') AND "sendAt" IS NULL) OR (status = 'SENT' AND "sentAt" IS NULL)
    UNION ALL SELECT 'feedback off its 1–5 scales, or on a session that had not ended when it was given', count(*)::text FROM "SessionFeedback" f
      JOIN "Registration" r ON r.id = f."registrationId" JOIN "Session" s ON s.id = r."sessionId"
      WHERE f.relevance NOT BETWEEN 1 AND 5 OR f.quality NOT BETWEEN 1 AND 5 OR f."createdAt" < s."endsAt"
    UNION ALL SELECT 'an organiser whose address nobody proved', count(*)::text FROM "User" WHERE role = 'ORGANISER' AND "emailVerifiedAt" IS NULL
    UNION ALL SELECT 'an email link with nothing to act on', count(*)::text FROM "EmailToken"
      WHERE ("purpose" IN ('VERIFY_EMAIL', 'RESET_PASSWORD') AND "userId" IS NULL) OR ("purpose" = 'ORGANISER_INVITATION' AND "invitationId" IS NULL)
        OR ("purpose" = 'PEER_CONFIRMATION' AND "peerConfirmationId" IS NULL)
    UNION ALL SELECT 'a peer confirmation answered without its time (or timed without an answer), or without its note, colleague or lower-cased address', count(*)::text FROM "PeerConfirmation" p
      WHERE (p.status = 'PENDING') <> (p."respondedAt" IS NULL) OR btrim(p.note) = '' OR btrim(p."colleagueName") = '' OR p."colleagueEmail" <> lower(p."colleagueEmail")
  `);
  expect(broken.filter((row) => row.count !== "0")).toEqual([]);
});

// ---- Nothing thrown behind a polite answer --------------------------------------------------------

test("while fuzzing, the server logged no unexpected error", async () => {
  // Next.js marks an error it caught while rendering with "⨯". Some such
  // errors still end in a polite status (a throw in generateMetadata became a
  // 404), so the answers alone cannot show that nothing threw.
  const log = await readFile(e2eServerErrorLog(FUZZ_PORT), "utf8");
  const errors = log.split("\n").filter((line) => line.includes("⨯"));
  expect(errors).toEqual([]);
});
