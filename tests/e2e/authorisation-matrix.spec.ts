// The authorisation matrix: every route handler and server action outside the
// admin area, with who may use it, proved for an anonymous visitor, the
// attendee who owns the record, another attendee and an organiser. (The admin
// area's pages, routes and actions are proved by admin-authorisation.spec.ts
// from admin-surface.ts, which the build's manifest keeps complete.)
//
// Refusals must change nothing: each refused call is followed by a check that
// the owner's records are exactly as before.
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { demoAccounts } from "../../prisma/seed/demo-accounts";
import { upcomingSlugs } from "../../prisma/seed/glan-usk-practice-week";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";
import { signUp } from "./support/accounts";
import { otherActions, publicCacheActions, publicCacheFunctions } from "./support/admin-surface";
import { concreteUrl } from "./support/admin-urls";
import { signInAs } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { newestLinkSecret } from "./support/outbox";
import { callAction, formActionBody, readActionManifest, type ActionEntry } from "./support/server-actions";

type Role = "anonymous" | "owner" | "otherAttendee" | "organiser";
const PASSWORD = "a long enough password";

/** Who may use each non-admin route handler and action. The spec fails if one exists that is not listed. */
const matrix = {
  routes: {
    "/api/health": "anyone",
    "/api/sessions/[sessionId]/registrations": "a signed-in person, booking for themselves",
    "/api/v1/weeks": "anyone: published weeks only (api-contract.spec.ts)",
    "/api/v1/weeks/[week]": "anyone: a published week only",
    "/api/v1/weeks/[week]/themes": "anyone: a published week's themes only",
    "/api/v1/weeks/[week]/sessions": "anyone: a published week's listed sessions, no join links or bookings",
    "/api/v1/sessions/[session]": "anyone: a published or cancelled session, no join link",
    "/api/v1/speakers": "anyone: speakers of listed sessions",
    "/api/v1/speakers/[speaker]": "anyone: a speaker of listed sessions",
    "/api/v1/openapi.json": "anyone",
    "/api/v1/[...unknown]": "anyone: a JSON 404",
    "/sessions/[slug]/calendar.ics": "anyone, for a published session",
    "/sessions/[slug]/og-image.png": "anyone: a published or cancelled session's share image (open-graph.spec.ts)",
    "/weeks/[slug]/og-image.png": "anyone: a published week's share image",
    "/weeks/[slug]/calendar.ics": "anyone, for a published week: its listed sessions, cancelled ones marked",
    "/themes/[slug]/calendar.ics": "anyone, for a theme of a published week",
    "/weeks/[slug]/schedule.xml": "anyone, for a published week: its listed sessions taking place, public fields only",
    "/weeks/[slug]/schedule.json": "anyone, for a published week: its listed sessions taking place, public fields only",
    "/calendar/[token]": "whoever holds the person's secret feed address",
    "/account/calendar.ics": "the signed-in person: their own bookings",
    "/account/certificates/session/[registrationId]": "the person whose attended registration it is",
    "/account/certificates/week/[eventId]": "a person who attended sessions of that week: their own certificate",
    "/account/cpd/record.csv": "the signed-in person: their own record",
    "/account/cpd/record.txt": "the signed-in person: their own record",
    "/account/cpd/record.pdf": "the signed-in person: their own record",
    "/account/cpd/sample-check.pdf": "the signed-in person: their own record for their current registration period",
    "/account/cpd/sample-check.txt": "the signed-in person: their own record for their current registration period",
    "/account/privacy/my-data.json": "the signed-in person: everything held about them",
  } as Record<string, string>,
};

// ---- Fixtures -------------------------------------------------------------------------------------

type Person = { email: string; id: string; request: APIRequestContext };
let owner: Person;
let other: Person;
let organiser: APIRequestContext;
let anonymous: APIRequestContext;
let fixture: { upcomingRegistrationId: string; attendedRegistrationId: string; entryId: string; eventId: string; calendarToken: string; pastSessionId: string };
let actions: ActionEntry[];

/** A person of the test's own, signed up in a browser context of their own, whose requests carry their session. */
async function personWithOwnContext(browser: Browser, label: string): Promise<Person> {
  const context = await browser.newContext();
  const { email, id } = await signUp(await context.newPage(), {
    name: `Matrix ${label}`,
    email: `matrix-${label}-${randomBytes(4).toString("hex")}@example.test`,
    password: PASSWORD,
  });
  return { email, id, request: context.request };
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  owner = await personWithOwnContext(browser, "owner");
  other = await personWithOwnContext(browser, "other");
  const organiserContext = await browser.newContext();
  await signInAs(await organiserContext.newPage(), demoAccounts.organiser.email);
  organiser = organiserContext.request;
  anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  actions = await readActionManifest();

  const [upcoming] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Session" WHERE slug = $1`, [upcomingSlugs.unlimited]);
  const [past] = await queryE2eDatabase<{ id: string; eventId: string }>(
    `SELECT id, "eventId" FROM "Session" WHERE status = 'PUBLISHED' AND "endsAt" < now() ORDER BY "startsAt", id LIMIT 1`,
  );
  const upcomingRegistrationId = `matrix${randomBytes(8).toString("hex")}`;
  const attendedRegistrationId = `matrix${randomBytes(8).toString("hex")}`;
  await queryE2eDatabase(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, attendance, "attendanceMarkedAt", "updatedAt")
     VALUES ($1, $2, $5, 'CONFIRMED', 'UNMARKED', NULL, now()), ($3, $4, $5, 'CONFIRMED', 'ATTENDED', now(), now())`,
    [upcomingRegistrationId, upcoming!.id, attendedRegistrationId, past!.id, owner.id],
  );
  const entryId = `matrix${randomBytes(8).toString("hex")}`;
  await queryE2eDatabase(
    `INSERT INTO "CpdEntry" (id, "userId", "activityType", title, "activityDate", hours, learning, impact, "peerReflection", standards, "updatedAt")
     VALUES ($1, $2, 'READING', 'Owner reading entry', DATE '2026-10-01', 2, 'What the owner learnt from the reading.', 'How the owner will practise.', false, ARRAY['G1'], now())`,
    [entryId, owner.id],
  );
  const calendarToken = randomBytes(24).toString("base64url");
  await queryE2eDatabase(`UPDATE "User" SET "calendarToken" = $1 WHERE id = $2`, [calendarToken, owner.id]);
  await queryE2eDatabase(`UPDATE "Session" SET "selfCheckIn" = true, "checkInCode" = 'M4TR1X' WHERE id = $1`, [past!.id]);
  fixture = { upcomingRegistrationId, attendedRegistrationId, entryId, eventId: past!.eventId, calendarToken, pastSessionId: past!.id };
});

test.afterAll(async () => {
  if (!fixture) return;
  await queryE2eDatabase(`UPDATE "Session" SET "selfCheckIn" = false, "checkInCode" = NULL WHERE id = $1`, [fixture.pastSessionId]);
  await queryE2eDatabase(`DELETE FROM "Certificate" WHERE "userId" = $1`, [owner.id]);
  await queryE2eDatabase(`DELETE FROM "Registration" WHERE "userId" = ANY($1)`, [[owner.id, other.id]]);
});

function caller(role: Role): APIRequestContext {
  return { anonymous, owner: owner.request, otherAttendee: other.request, organiser }[role];
}

/** Everything of the owner's that a refused call could touch. */
async function ownerRecords(): Promise<string> {
  const [row] = await queryE2eDatabase(
    `SELECT (SELECT json_agg(json_build_object('id', id, 'status', status, 'attendance', attendance, 'checkedIn', "selfCheckedInAt", 'updated', "updatedAt") ORDER BY id) FROM "Registration" WHERE "userId" = $1) AS registrations,
            (SELECT json_agg(json_build_object('id', id, 'title', title, 'hours', hours, 'updated', "updatedAt") ORDER BY id) FROM "CpdEntry" WHERE "userId" = $1) AS entries,
            (SELECT count(*) FROM "CpdEntry" WHERE "userId" <> $1 AND "registrationId" = ANY($2)) AS "entriesOnOwnersRegistrations",
            (SELECT json_build_object('name', name, 'regulator', regulator, 'version', "sessionVersion", 'calendar', "calendarToken") FROM "User" WHERE id = $1) AS account`,
    [owner.id, [fixture.upcomingRegistrationId, fixture.attendedRegistrationId]],
  );
  return JSON.stringify(row);
}

// ---- Calling actions ------------------------------------------------------------------------------

function action(key: keyof typeof otherActions | `app/admin/${string}`): ActionEntry {
  const [file, name] = key.split("#");
  const found = actions.find((candidate) => candidate.filename === file && candidate.exportedName === name);
  if (!found) throw new Error(`${key} is not in the build's action manifest`);
  return found;
}

/** A page whose form uses the action, with the fixture's ids in its address. */
function actionUrl(entry: ActionEntry): string {
  const params: Record<string, string> = {
    slug: upcomingSlugs.unlimited,
    registrationId: fixture.attendedRegistrationId,
    entryId: fixture.entryId,
    eventId: fixture.eventId,
  };
  const pages = entry.workers.filter((worker) => worker.endsWith("/page")).map((worker) => `/${worker.replace(/^app\//, "").replace(/\/?page$/, "")}`);
  const page = pages.find((candidate) => !candidate.includes("[")) ?? pages[0] ?? "/";
  return concreteUrl(page, params);
}

/** Posts a form to an action as React does: with the previous state for useActionState actions. */
async function callFormAction(role: Role, key: keyof typeof otherActions | `app/admin/${string}`, fields: Record<string, string>, withState = true) {
  const entry = action(key);
  const body = formActionBody(fields, withState ? { status: "idle" } : undefined);
  const baseURL = test.info().project.use.baseURL!;
  const response = await callAction(caller(role), baseURL, entry.id, actionUrl(entry), body);
  expect(response.status(), `${key} as ${role}`).toBeLessThan(500);
  // 404 would mean the action was never found (so never refused on its merits).
  expect(response.status(), `${key} as ${role}`).not.toBe(404);
  // The header is "<path>;push" (or ";replace"): only the path matters here.
  const redirect = (response.headers()["x-action-redirect"] ?? "").split(";")[0] ?? "";
  return { response, redirect, text: await response.text() };
}

// ---- The list is complete -------------------------------------------------------------------------

test("every route handler outside the admin area is in the matrix, and every action in admin-surface's list", async () => {
  const entries = await readdir("app", { withFileTypes: true, recursive: true });
  const routes = entries
    .filter((entry) => entry.isFile() && entry.name === "route.ts")
    .map((entry) => `/${path.relative("app", entry.parentPath).split(path.sep).join("/")}`.replace(/\/\([^)]+\)/g, ""))
    .filter((route) => !route.startsWith("/admin/"))
    .sort();
  expect(Object.keys(matrix.routes).sort()).toEqual(routes);
  const names = actions.map((entry) => `${entry.filename}#${entry.exportedName}`).filter((name) => !name.startsWith("app/admin/"));
  expect(names.sort()).toEqual(Object.keys({ ...otherActions, ...publicCacheActions }).sort());
  // The cache's functions are numbered in the order they appear in the file.
  const source = await readFile(path.join("lib", "programme", "public-cache.ts"), "utf8");
  expect([...source.matchAll(/^export async function (cached\w+)\(/gm)].map((match) => match[1])).toEqual([...publicCacheFunctions]);
});

// ---- The public programme cache, called directly ------------------------------------------------

/** Calls one of the cache's functions with JSON arguments, as a server action call would. */
async function callCacheFunction(name: (typeof publicCacheFunctions)[number], args: unknown[]) {
  const key = `lib/programme/public-cache.ts#$$RSC_SERVER_CACHE_${publicCacheFunctions.indexOf(name)}`;
  const [file, exportedName] = key.split("#");
  const entry = actions.find((candidate) => candidate.filename === file && candidate.exportedName === exportedName);
  if (!entry) throw new Error(`${key} is not in the build's action manifest`);
  const response = await callAction(caller("anonymous"), test.info().project.use.baseURL!, entry.id, "/", { "0": JSON.stringify(args) });
  expect(response.status(), name).toBeLessThan(500);
  return response.text();
}

test("the public programme cache's functions, called directly by anyone, give public data only: a crafted argument widens nothing", async () => {
  const [published] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Event" WHERE slug = $1`, [demoSlugs.event]);
  const themes = await queryE2eDatabase<{ slug: string; eventId: string }>(`SELECT slug, "eventId" FROM "Theme"`);
  const sessions = await queryE2eDatabase<{ slug: string }>(`SELECT slug FROM "Session"`);
  const ownThemes = themes.filter((theme) => theme.eventId === published!.id);
  expect(ownThemes.length).toBeGreaterThan(0);
  // A genuine call answers with the week's themes (so the calls below do reach the function)…
  const genuine = await callCacheFunction("cachedEventThemes", [published!.id]);
  for (const theme of ownThemes) expect(genuine).toContain(theme.slug);
  // …while a Prisma filter in place of the id (which would match every event's themes) gets nothing.
  const widened = await callCacheFunction("cachedEventThemes", [{ not: "" }]);
  for (const theme of themes) expect(widened).not.toContain(theme.slug);
  const widenedProgramme = await callCacheFunction("cachedProgrammeSessions", [{ id: { not: "" }, timeZone: "Europe/London" }, {}]);
  for (const session of sessions) expect(widenedProgramme).not.toContain(session.slug);
  const draft = await callCacheFunction("cachedSessionPage", [demoSlugs.draft]);
  expect(draft).not.toContain(demoSlugs.draft);
  const widenedSlug = await callCacheFunction("cachedSessionPage", [{ startsWith: "" }]);
  for (const session of sessions) expect(widenedSlug).not.toContain(session.slug);
});

// Issue 11, finding 6: cachedEventThemes listed a draft week's themes to
// anyone who named its id. The test above tried crafted filters and a draft
// session's slug, never a draft week's own keys; this one passes a draft
// week's id and slugs to every cached function that takes one.
test("the public programme cache's functions give nothing of a draft week, whichever of its keys is named", async () => {
  const tag = randomBytes(4).toString("hex");
  const ids = { event: `matrixdraft${tag}`, theme: `matrixdrafttheme${tag}`, session: `matrixdraftsession${tag}`, speaker: `matrixdraftspeaker${tag}` };
  const slugs = {
    event: `matrix-draft-week-${tag}`,
    theme: `matrix-draft-theme-${tag}`,
    session: `matrix-draft-session-${tag}`,
    speaker: `matrix-draft-speaker-${tag}`,
  };
  await queryE2eDatabase(
    `INSERT INTO "Event" (id, slug, title, summary, "startDate", "endDate", "organiserName", status, "updatedAt") VALUES ($1, $2, 'Secret draft week ' || $3, 'Not yet public', DATE '2027-03-15', DATE '2027-03-19', 'Draft organiser', 'DRAFT', now())`,
    [ids.event, slugs.event, tag],
  );
  await queryE2eDatabase(
    `INSERT INTO "Theme" (id, "eventId", slug, name, summary, colour, "updatedAt") VALUES ($1, $2, $3, 'Secret theme ' || $4, 'Secret', '#1d4e89', now())`,
    [ids.theme, ids.event, slugs.theme, tag],
  );
  await queryE2eDatabase(`INSERT INTO "Speaker" (id, slug, name, "updatedAt") VALUES ($1, $2, 'Secret speaker ' || $3, now())`, [
    ids.speaker,
    slugs.speaker,
    tag,
  ]);
  await queryE2eDatabase(
    `INSERT INTO "Session" (id, "eventId", "themeId", slug, title, summary, description, "startsAt", "endsAt", format, status, featured, "updatedAt")
     VALUES ($1, $2, $3, $4, 'Secret session ' || $5, 'Secret', 'Secret', TIMESTAMPTZ '2027-03-15 10:00Z', TIMESTAMPTZ '2027-03-15 11:00Z', 'ONLINE', 'PUBLISHED', true, now())`,
    [ids.session, ids.event, ids.theme, slugs.session, tag],
  );
  await queryE2eDatabase(`INSERT INTO "SessionSpeaker" ("sessionId", "speakerId", position) VALUES ($1, $2, 1)`, [ids.session, ids.speaker]);
  try {
    const answers = [
      await callCacheFunction("cachedPublishedEvent", [slugs.event]),
      await callCacheFunction("cachedEventThemes", [ids.event]),
      await callCacheFunction("cachedPublicSessionCount", [ids.event]),
      await callCacheFunction("cachedFeaturedSessions", [ids.event]),
      await callCacheFunction("cachedProgrammeSessions", [{ id: ids.event, timeZone: "Europe/London" }, {}]),
      await callCacheFunction("cachedSessionPage", [slugs.session]),
      await callCacheFunction("cachedSpeakerPage", [slugs.speaker]),
      await callCacheFunction("cachedThemePage", [slugs.theme]),
      await callCacheFunction("cachedPublishedEvents", []),
      await callCacheFunction("cachedPublicSpeakers", []),
      await callCacheFunction("cachedPublicPaths", []),
      await callCacheFunction("cachedWeekScheduleSessions", [ids.event]),
    ].join("\n");
    expect(answers).not.toContain(`Secret`);
    for (const value of [...Object.values(slugs), ids.theme, ids.session]) expect(answers).not.toContain(value);
  } finally {
    await queryE2eDatabase(`DELETE FROM "Event" WHERE id = $1`, [ids.event]);
    await queryE2eDatabase(`DELETE FROM "Speaker" WHERE id = $1`, [ids.speaker]);
  }
});

// ---- Links sent by email -------------------------------------------------------------------------
// Issue 11, finding 2: the organiser role went to whoever signed up with an
// address. Owning an address is a right like owning a record: these actions
// act only for the holder of a link sent to it, and an invitation only for
// the account with that address.

test("link actions do nothing for anyone without the emailed link, and an invitation only for its own address", async () => {
  const before = await ownerRecords();
  const users = async () => (await queryE2eDatabase<{ count: string }>(`SELECT count(*)::text AS count FROM "User"`))[0]?.count;
  const usersBefore = await users();
  for (const role of ["anonymous", "otherAttendee", "organiser"] as const) {
    for (const token of ["", "x", "A".repeat(43)]) {
      await callFormAction(role, "app/(auth)/sign-up/actions.ts#finishSignUpAction", { token, name: "Link Thief", password: PASSWORD });
      await callFormAction(role, "app/(auth)/reset-password/actions.ts#resetPasswordAction", { token, newPassword: "a stolen new password" });
      await callFormAction(role, "app/(auth)/verify-email/actions.ts#verifyEmailAction", { token });
      await callFormAction(role, "app/(auth)/organiser-invitation/actions.ts#acceptWithNewAccountAction", { token, name: "Link Thief", password: PASSWORD });
    }
  }
  expect(await users()).toBe(usersBefore);
  expect(await ownerRecords()).toBe(before);
  expect((await callFormAction("anonymous", "app/(auth)/verify-email/actions.ts#sendVerificationEmailAction", {})).redirect).toMatch(/^\/sign-in/);
  expect((await callFormAction("anonymous", "app/(auth)/organiser-invitation/actions.ts#acceptInvitationAction", { token: "A".repeat(43) })).redirect).toMatch(
    /^\/sign-in/,
  );

  // A real invitation for the owner's address (made unproved, so that adding it
  // sends a link rather than promoting at once): another attendee holding its
  // link cannot take the role, nor can anyone make a second account with it.
  await queryE2eDatabase(`UPDATE "User" SET "emailVerifiedAt" = NULL WHERE id = $1`, [owner.id]);
  const invite = await callFormAction("organiser", "app/admin/organisers/actions.ts#promoteOrganiserAction", { email: owner.email });
  expect(invite.text).toContain(owner.email);
  const secret = await newestLinkSecret(owner.email, "/organiser-invitation");
  await callFormAction("otherAttendee", "app/(auth)/organiser-invitation/actions.ts#acceptInvitationAction", { token: secret });
  await callFormAction("anonymous", "app/(auth)/organiser-invitation/actions.ts#acceptWithNewAccountAction", {
    token: secret,
    name: "Link Thief",
    password: PASSWORD,
  });
  const roles = await queryE2eDatabase<{ id: string; role: string }>(`SELECT id, role FROM "User" WHERE id = ANY($1)`, [[owner.id, other.id]]);
  expect(roles.every((row) => row.role === "ATTENDEE")).toBe(true);
  expect(await users()).toBe(usersBefore);
  // Withdrawn again, so the owner stays an attendee for the tests below.
  await queryE2eDatabase(`DELETE FROM "OrganiserInvitation" WHERE email = $1`, [owner.email]);
  await queryE2eDatabase(`UPDATE "User" SET "emailVerifiedAt" = now() WHERE id = $1`, [owner.id]);
});

// ---- Records that belong to someone ---------------------------------------------------------------

test("cancelling a booking: refused to anonymous visitors, another attendee and an organiser; the owner can", async () => {
  const before = await ownerRecords();
  const anonymousCall = await callFormAction("anonymous", "app/(public)/sessions/actions.ts#cancelRegistrationAction", {
    registrationId: fixture.upcomingRegistrationId,
  });
  expect(anonymousCall.redirect).toMatch(/^\/sign-in\?callbackUrl=/);
  for (const role of ["otherAttendee", "organiser"] as const) {
    await callFormAction(role, "app/(public)/sessions/actions.ts#cancelRegistrationAction", { registrationId: fixture.upcomingRegistrationId });
    expect(await ownerRecords(), `${role} changed the owner's records`).toBe(before);
  }
  await callFormAction("owner", "app/(public)/sessions/actions.ts#cancelRegistrationAction", { registrationId: fixture.upcomingRegistrationId });
  const [row] = await queryE2eDatabase<{ status: string }>(`SELECT status FROM "Registration" WHERE id = $1`, [fixture.upcomingRegistrationId]);
  expect(row?.status).toBe("CANCELLED");
});

test("logging CPD for an attended session: only its owner", async () => {
  const fields = {
    registrationId: fixture.attendedRegistrationId,
    hours: "1",
    learning: "Something learnt that is long enough to count.",
    impact: "What will change in practice.",
    standards: "G1",
  };
  const before = await ownerRecords();
  expect((await callFormAction("anonymous", "app/account/cpd/actions.ts#logSessionCpdAction", fields)).redirect).toMatch(/^\/sign-in/);
  for (const role of ["otherAttendee", "organiser"] as const) {
    const call = await callFormAction(role, "app/account/cpd/actions.ts#logSessionCpdAction", fields);
    expect(call.redirect, role).toBe("");
    expect(await ownerRecords(), `${role} changed the owner's records`).toBe(before);
  }
  const owned = await callFormAction("owner", "app/account/cpd/actions.ts#logSessionCpdAction", fields);
  expect(owned.redirect).toBe("/account/cpd?notice=saved");
  const [row] = await queryE2eDatabase<{ count: string }>(`SELECT count(*) FROM "CpdEntry" WHERE "registrationId" = $1 AND "userId" = $2`, [
    fixture.attendedRegistrationId,
    owner.id,
  ]);
  expect(row?.count).toBe("1");
});

test("editing and deleting a CPD entry: only its owner", async () => {
  const edit = {
    entryId: fixture.entryId,
    title: "Changed by someone else",
    activityType: "READING",
    activityDate: "2026-10-02",
    hours: "3",
    learning: "A different thing learnt, long enough.",
    impact: "Different impact.",
  };
  const before = await ownerRecords();
  for (const role of ["otherAttendee", "organiser"] as const) {
    await callFormAction(role, "app/account/cpd/actions.ts#saveOtherCpdAction", edit);
    await callFormAction(role, "app/account/cpd/actions.ts#deleteCpdEntryAction", { entryId: fixture.entryId }, false);
    expect(await ownerRecords(), `${role} changed the owner's CPD entry`).toBe(before);
  }
  // Neither got a copy of the entry on their own record either.
  const [copies] = await queryE2eDatabase<{ count: string }>(`SELECT count(*) FROM "CpdEntry" WHERE title = 'Changed by someone else'`);
  expect(copies?.count).toBe("0");
  expect((await callFormAction("anonymous", "app/account/cpd/actions.ts#deleteCpdEntryAction", { entryId: fixture.entryId }, false)).redirect).toMatch(
    /^\/sign-in/,
  );
  await callFormAction("owner", "app/account/cpd/actions.ts#deleteCpdEntryAction", { entryId: fixture.entryId }, false);
  expect(await queryE2eDatabase(`SELECT id FROM "CpdEntry" WHERE id = $1`, [fixture.entryId])).toEqual([]);
});

test("checking in with a session's code: only for one's own registration", async () => {
  const before = await ownerRecords();
  for (const role of ["otherAttendee", "organiser"] as const) {
    await callFormAction(role, "app/account/check-in/actions.ts#checkInAction", { registrationId: fixture.attendedRegistrationId, code: "M4TR1X" });
    expect(await ownerRecords(), `${role} checked the owner in`).toBe(before);
  }
  expect(
    (await callFormAction("anonymous", "app/account/check-in/actions.ts#checkInAction", { registrationId: fixture.attendedRegistrationId, code: "M4TR1X" }))
      .redirect,
  ).toMatch(/^\/sign-in/);
});

test("account actions act only on the caller's own account", async () => {
  const before = await ownerRecords();
  const accountActions = [
    "app/account/actions.ts#updateDetailsAction",
    "app/account/actions.ts#changePasswordAction",
    "app/account/actions.ts#resetCalendarAction",
    "app/account/privacy/actions.ts#deleteAccountAction",
  ] as const;
  for (const key of accountActions) {
    expect(
      (await callFormAction("anonymous", key, { name: "Renamed", currentPassword: PASSWORD, newPassword: "another long password", confirm: "on" })).redirect,
      key,
    ).toMatch(/^\/sign-in/);
    // The forms carry no account id: another person's call can only reach their own account.
    // (A wrong current password, so that the other attendee stays signed in for the tests below.)
    await callFormAction("otherAttendee", key, {
      userId: owner.id,
      id: owner.id,
      name: "Renamed by other",
      regulator: "NONE",
      currentPassword: "not their password",
      newPassword: "another long password",
      confirm: "on",
    });
  }
  expect(await ownerRecords()).toBe(before);
  const [otherAccount] = await queryE2eDatabase<{ name: string }>(`SELECT name FROM "User" WHERE id = $1`, [other.id]);
  expect(otherAccount?.name).toBe("Renamed by other");
});

// ---- Route handlers ---------------------------------------------------------------------------------

test("certificates download only for the person who attended", async () => {
  const sessionUrl = `/account/certificates/session/${fixture.attendedRegistrationId}`;
  const weekUrl = `/account/certificates/week/${fixture.eventId}`;
  const anonymousAnswer = await anonymous.get(sessionUrl, { maxRedirects: 0 });
  expect(anonymousAnswer.status()).toBe(303);
  expect(anonymousAnswer.headers()["location"]).toMatch(/^\/sign-in/);
  for (const role of ["otherAttendee", "organiser"] as const) {
    for (const url of [sessionUrl, weekUrl]) {
      const answer = await caller(role).get(url, { maxRedirects: 0 });
      expect(answer.status(), `${url} as ${role}`).toBe(404);
      expect(await answer.text()).not.toContain("Matrix owner");
    }
  }
  expect(await queryE2eDatabase(`SELECT id FROM "Certificate" WHERE "userId" = $1`, [owner.id])).toEqual([]);
  for (const url of [sessionUrl, weekUrl]) {
    const answer = await owner.request.get(url);
    expect(answer.status(), url).toBe(200);
    expect(answer.headers()["content-type"]).toBe("application/pdf");
  }
});

test("the data download, CPD record exports and the personal calendar: the caller's own data only", async () => {
  const myData = await anonymous.get("/account/privacy/my-data.json", { maxRedirects: 0 });
  expect(myData.status()).toBe(401);
  const othersData = await other.request.get("/account/privacy/my-data.json");
  expect(othersData.status()).toBe(200);
  expect(await othersData.text()).not.toContain(owner.email);
  expect(await (await owner.request.get("/account/privacy/my-data.json")).text()).toContain(owner.email);
  for (const url of ["/account/cpd/record.csv", "/account/cpd/record.txt", "/account/cpd/record.pdf", "/account/calendar.ics"]) {
    const anonymousAnswer = await anonymous.get(url, { maxRedirects: 0 });
    expect([303, 307, 401], `${url} as anonymous`).toContain(anonymousAnswer.status());
    const otherAnswer = await other.request.get(url);
    expect(otherAnswer.status(), url).toBe(200);
    if (!url.endsWith(".pdf")) {
      const text = await otherAnswer.text();
      expect(text, url).not.toContain("Something learnt that is long enough");
      expect(text, url).not.toContain(upcomingSlugs.unlimited.slice(0, 20));
    }
  }
  const ownerCsv = await (await owner.request.get("/account/cpd/record.csv")).text();
  expect(ownerCsv).toContain("Something learnt that is long enough");
});

test("the secret calendar feed answers only to its own address", async () => {
  expect((await anonymous.get(`/calendar/${fixture.calendarToken}`)).status()).toBe(200);
  for (const wrong of [randomBytes(24).toString("base64url"), "x", fixture.calendarToken.slice(0, -1)]) {
    expect((await anonymous.get(`/calendar/${wrong}`)).status(), wrong).toBe(404);
  }
});

test("booking through the JSON endpoint books the caller only", async () => {
  const [session] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Session" WHERE slug = $1`, [upcomingSlugs.unlimited]);
  const url = `/api/sessions/${session!.id}/registrations`;
  expect((await anonymous.post(url, { data: {} })).status()).toBe(401);
  const before = await ownerRecords();
  const answer = await other.request.post(url, { data: { userId: owner.id }, headers: { Origin: test.info().project.use.baseURL! } });
  expect(answer.status()).toBeLessThan(500);
  expect(await ownerRecords()).toBe(before);
  const [booked] = await queryE2eDatabase<{ userId: string }>(`SELECT "userId" FROM "Registration" WHERE "sessionId" = $1 AND "userId" = ANY($2)`, [
    session!.id,
    [other.id],
  ]);
  expect(booked?.userId).toBe(other.id);
});
