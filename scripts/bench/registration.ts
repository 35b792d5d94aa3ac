// Registration rush: many people book the same session at once, as when a
// popular session opens. Every request is a different signed-in person posting
// to /api/sessions/<id>/registrations (the same rules as the booking form);
// there are more people than places, so both paths are measured: a confirmed
// place (with its confirmation email) and a place on the waiting list (with
// its email). Afterwards the database is checked: no session oversold, the
// waiting list numbered without gaps or repeats, one registration per person.
import { readdir } from "node:fs/promises";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../../lib/prisma-client";
import { describeCpuUse, watchCpu, type CpuUse } from "./cpu";
import { describeStatuses, runLoad, summariseLatencies, type LoadRun } from "./load";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "./types";

export const REGISTRATION_SETTINGS = {
  /** People who each book once, i.e. the number of requests measured. */
  users: 3000,
  /** Places on the session: the rest go to the waiting list. */
  capacity: 500,
  /** Concurrent clients (HTTP connections), each sending its next booking as soon as the last is answered. */
  connections: 50,
  /** Bookings on another session first, so that routes are loaded and pools are open before measuring. */
  warmupRequests: 100,
};

// As in lib/auth/auth-options.ts (sessionCookie, SESSION_MAX_AGE_SECONDS) for a
// site served over http; that module is server-only, so it is not imported.
const SESSION_COOKIE = "cpdweek.session-token";
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const EMAIL_DOMAIN = "bench.cpdweek.test";
/** More CPU than this (in cores) used by other work while measuring means the run was disturbed. */
const QUIET_OTHER_CORES = 0.25;

type BenchUser = { id: string; name: string; email: string; role: "ATTENDEE" | "ORGANISER"; sessionVersion: number };

/** The target on the 2-core machine (issue 6, section 1): reported, never failing the run. */
export const BOOKINGS_PER_SECOND_TARGET = 300;

export const registrationScenario: Scenario = {
  name: "registration",
  aliases: ["bookings"],
  requiredRoutes: ["/api/sessions/[sessionId]/registrations/route"],
  run: runRegistration,
};

async function runRegistration(context: BenchContext): Promise<ScenarioResult> {
  const { users: userCount, capacity, connections, warmupRequests } = REGISTRATION_SETTINGS;
  const { prisma, say } = context;

  say(`Inserting a bookable session (${capacity} places) and ${userCount} + ${warmupRequests} people…`);
  const { sessionId, warmupSessionId } = await createSessions(prisma, capacity, warmupRequests / 2);
  const users = await createUsers(prisma, "rush", userCount);
  const warmupUsers = await createUsers(prisma, "warmup", warmupRequests);
  const cookies = await Promise.all(users.map((user) => sessionCookie(context.authSecret, user)));
  const warmupCookies = await Promise.all(warmupUsers.map((user) => sessionCookie(context.authSecret, user)));

  say(`Warming up: ${warmupRequests} bookings on another session (${warmupRequests / 2} places)…`);
  const emailsAtStart = await countEmails(context.outboxDir);
  const warmup = await book(context, warmupSessionId, warmupCookies, Math.min(connections, warmupRequests));
  const warmupStatuses = describeStatuses(warmup.run.statusCounts);
  if (warmupStatuses.byClass["2xx"] !== warmupRequests) {
    throw new Error(
      `The warm-up bookings were not all accepted (${warmupStatuses.codes}; e.g. ${warmup.refusals[0] ?? "no body"}), ` +
        "so the measured run would not measure bookings. Is the registrations route in this build?",
    );
  }

  // The warm-up's emails first, so that only the rush's are counted below (and the worker starts idle).
  await waitForEmails(context.outboxDir, emailsAtStart, warmupRequests);
  const emailsBefore = await countEmails(context.outboxDir);
  say(`Measuring: ${userCount} bookings for ${capacity} places, ${connections} concurrent clients…`);
  const stopWatching = watchCpu(context.serverPid);
  const rush = await book(context, sessionId, cookies, connections);
  const cpu = stopWatching();
  const emailsWritten = (await countEmails(context.outboxDir)) - emailsBefore;
  say(`Done in ${rush.run.wallSeconds.toFixed(1)} s; checking the database…`);

  const database = await checkRegistrations(prisma, sessionId);
  const newBookings = rush.confirmed.length + rush.waitlisted.length;
  say(`Waiting for the job worker to send the ${newBookings - emailsWritten} emails still queued…`);
  const emails = await waitForEmails(context.outboxDir, emailsBefore, newBookings);
  return report({ rush, database, emailsWritten, emails, cpu });
}

async function createSessions(prisma: PrismaClient, capacity: number, warmupPlaces: number) {
  // Far in the future, so "the session has started" never refuses a booking.
  const stamp = Date.now().toString(36);
  const event = await prisma.event.create({
    data: {
      slug: `benchmark-week-${stamp}`,
      title: "Benchmark Week",
      summary: "Sessions for the load benchmark (npm run bench).",
      startDate: new Date("2031-03-17T00:00:00Z"),
      endDate: new Date("2031-03-21T00:00:00Z"),
      organiserName: "CPD Week benchmark",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  const session = (slug: string, startsAt: string, endsAt: string, places: number | null) =>
    prisma.session.create({
      data: {
        eventId: event.id,
        slug: `${slug}-${stamp}`,
        title: slug === "rush" ? "The session everyone wants" : "Warm-up session",
        summary: "A session of the load benchmark.",
        description: "A session of the load benchmark.",
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        format: "ONLINE",
        venue: "Online",
        capacity: places,
        status: "PUBLISHED",
      },
      select: { id: true },
    });
  const rush = await session("rush", "2031-03-18T10:00:00Z", "2031-03-18T11:30:00Z", capacity);
  // Half its bookings get places and half the waiting list, so both paths are warm.
  const warmup = await session("warmup", "2031-03-19T10:00:00Z", "2031-03-19T11:30:00Z", Math.ceil(warmupPlaces));
  return { sessionId: rush.id, warmupSessionId: warmup.id };
}

export async function createUsers(prisma: PrismaClient, group: string, count: number): Promise<BenchUser[]> {
  const rows = Array.from({ length: count }, (_, index) => ({
    email: `${group}-${String(index + 1).padStart(5, "0")}@${EMAIL_DOMAIN}`,
    name: `Bench ${group} ${index + 1}`,
  }));
  for (let start = 0; start < rows.length; start += 1000) {
    await prisma.user.createMany({ data: rows.slice(start, start + 1000) });
  }
  return prisma.user.findMany({
    where: { email: { startsWith: `${group}-`, endsWith: `@${EMAIL_DOMAIN}` } },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true },
    orderBy: { email: "asc" },
  });
}

/** The cookie next-auth would set at sign-in (see lib/auth/session-cookie.ts). */
export async function sessionCookie(secret: string, user: BenchUser): Promise<string> {
  const token = await encode({
    secret,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  });
  return `${SESSION_COOKIE}=${token}`;
}

type Booking = {
  run: LoadRun;
  /** Times (ms) of new bookings by outcome, and of repeats. */
  confirmed: number[];
  waitlisted: number[];
  repeated: number[];
  /** Up to five "status body" samples of refused or failed requests. */
  refusals: string[];
};

/** One POST per cookie, in order, over `connections` connections. */
async function book(context: BenchContext, sessionId: string, cookies: string[], connections: number): Promise<Booking> {
  const booking: Omit<Booking, "run"> = { confirmed: [], waitlisted: [], repeated: [], refusals: [] };
  let next = 0;
  const run = await runLoad({
    url: context.baseUrl,
    connections,
    amount: cookies.length,
    signal: context.signal,
    nextRequest: () => ({
      method: "POST",
      path: `/api/sessions/${sessionId}/registrations`,
      // Every request is a different person (a repeat would only be a cheap lookup).
      headers: { cookie: cookies[next++ % cookies.length]!, accept: "application/json" },
    }),
    onResponse: (status, body, latencyMs) => {
      if (status === 200 || status === 201) {
        const outcome = parseOutcome(body);
        if (outcome?.alreadyRegistered) booking.repeated.push(latencyMs);
        else if (outcome?.status === "CONFIRMED") booking.confirmed.push(latencyMs);
        else if (outcome?.status === "WAITLISTED") booking.waitlisted.push(latencyMs);
      } else if (booking.refusals.length < 5) {
        booking.refusals.push(`${status} ${body.slice(0, 200)}`);
      }
    },
  });
  return { run, ...booking };
}

function parseOutcome(body: string): { status?: string; alreadyRegistered?: boolean } | undefined {
  try {
    return JSON.parse(body) as { status?: string; alreadyRegistered?: boolean };
  } catch {
    return undefined;
  }
}

type DatabaseCheck = {
  confirmed: number;
  waitlisted: number;
  distinctPositions: number;
  lowestPosition: number;
  highestPosition: number;
  duplicates: number;
};

async function checkRegistrations(prisma: PrismaClient, sessionId: string): Promise<DatabaseCheck> {
  const [row] = await prisma.$queryRaw<
    Array<{ confirmed: number; waitlisted: number; distinct_positions: number; lowest: number | null; highest: number | null }>
  >`
    SELECT
      COUNT(*) FILTER (WHERE "status" = 'CONFIRMED')::int AS confirmed,
      COUNT(*) FILTER (WHERE "status" = 'WAITLISTED')::int AS waitlisted,
      COUNT(DISTINCT "waitlistPosition") FILTER (WHERE "status" = 'WAITLISTED')::int AS distinct_positions,
      MIN("waitlistPosition") FILTER (WHERE "status" = 'WAITLISTED') AS lowest,
      MAX("waitlistPosition") FILTER (WHERE "status" = 'WAITLISTED') AS highest
    FROM "Registration"
    WHERE "sessionId" = ${sessionId}`;
  const [duplicates] = await prisma.$queryRaw<Array<{ count: number }>>`
    SELECT COUNT(*)::int AS count FROM (
      SELECT "userId" FROM "Registration" WHERE "sessionId" = ${sessionId} GROUP BY "userId" HAVING COUNT(*) > 1
    ) AS repeated`;
  return {
    confirmed: row?.confirmed ?? 0,
    waitlisted: row?.waitlisted ?? 0,
    distinctPositions: row?.distinct_positions ?? 0,
    lowestPosition: row?.lowest ?? 0,
    highestPosition: row?.highest ?? 0,
    duplicates: duplicates?.count ?? 0,
  };
}

/** How long after the last booking the job worker needs to send every booking's email. */
const EMAIL_DRAIN_LIMIT_MS = 120_000;
/** The job worker's target: a rush's emails sent within this long of its last booking. */
const EMAIL_DRAIN_TARGET_SECONDS = 30;

type EmailDrain = { written: number; seconds: number };

/** Waits (up to EMAIL_DRAIN_LIMIT_MS) until the outbox holds `expected` new emails. */
async function waitForEmails(outboxDir: string, before: number, expected: number): Promise<EmailDrain> {
  const started = performance.now();
  let written = (await countEmails(outboxDir)) - before;
  while (written < expected && performance.now() - started < EMAIL_DRAIN_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    written = (await countEmails(outboxDir)) - before;
  }
  return { written, seconds: (performance.now() - started) / 1000 };
}

async function countEmails(outboxDir: string): Promise<number> {
  const files = await readdir(outboxDir).catch(() => [] as string[]);
  return files.filter((file) => file.endsWith(".eml")).length;
}

const ms = (value: number) => (Number.isNaN(value) ? "–" : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const check = (ok: boolean, severity: "fail" | "warn" = "fail") => ({ ok, severity });

function report(input: { rush: Booking; database: DatabaseCheck; emailsWritten: number; emails: EmailDrain; cpu: CpuUse }): ScenarioResult {
  const { users, capacity, connections } = REGISTRATION_SETTINGS;
  const { rush, database } = input;
  const statuses = describeStatuses(rush.run.statusCounts);
  const ok = statuses.byClass["2xx"];
  const nonOk = rush.run.latencies.length - ok;
  const all = summariseLatencies(rush.run.latencies);
  const confirmed = summariseLatencies(rush.confirmed);
  const waitlisted = summariseLatencies(rush.waitlisted);
  const expectedConfirmed = Math.min(users, capacity);
  const expectedWaitlisted = users - expectedConfirmed;
  const newBookings = rush.confirmed.length + rush.waitlisted.length;
  const oversold = Math.max(0, database.confirmed - capacity);
  const positionsOk =
    database.distinctPositions === database.waitlisted &&
    (database.waitlisted === 0 || (database.lowestPosition === 1 && database.highestPosition === database.waitlisted));

  const figures: Figure[] = [
    {
      label: "Bookings per second",
      value:
        (ok / rush.run.wallSeconds).toFixed(1) +
        (ok / rush.run.wallSeconds < BOOKINGS_PER_SECOND_TARGET ? `, ${(BOOKINGS_PER_SECOND_TARGET - ok / rush.run.wallSeconds).toFixed(1)} short` : ""),
      expected: `≥ ${BOOKINGS_PER_SECOND_TARGET} (target)`,
      check: check(ok / rush.run.wallSeconds >= BOOKINGS_PER_SECOND_TARGET, "warn"),
    },
    { label: "Time for all bookings", value: `${rush.run.wallSeconds.toFixed(2)} s` },
    { label: "Latency p50", value: ms(all.p50) },
    { label: "Latency p95", value: ms(all.p95) },
    { label: "Latency p99", value: ms(all.p99) },
    { label: "Latency max", value: ms(all.max) },
    { label: "Latency p50 / p95, confirmed places", value: `${ms(confirmed.p50)} / ${ms(confirmed.p95)} (${confirmed.count})` },
    { label: "Latency p50 / p95, waiting list", value: `${ms(waitlisted.p50)} / ${ms(waitlisted.p95)} (${waitlisted.count})` },
    {
      label: "CPU during the measurement (cores)",
      value: describeCpuUse(input.cpu),
      // Not a speed target: a sign that something else on the machine disturbed the figures.
      expected: input.cpu.busy.other === undefined ? undefined : `other < ${QUIET_OTHER_CORES}`,
      check: input.cpu.busy.other === undefined ? undefined : check(input.cpu.busy.other < QUIET_OTHER_CORES, "warn"),
    },
    { label: "Responses", value: statuses.codes, expected: `201 × ${users}` },
    {
      label: "Non-2xx responses (4xx / 5xx)",
      value: `${nonOk} (${statuses.byClass["4xx"]} / ${statuses.byClass["5xx"]})`,
      expected: "0",
      check: check(nonOk === 0),
    },
    {
      label: "Connection errors / timeouts",
      value: `${rush.run.errors} / ${rush.run.timeouts}`,
      expected: "0 / 0",
      check: check(rush.run.errors === 0),
    },
    {
      label: "Confirmed places (database)",
      value: String(database.confirmed),
      expected: String(expectedConfirmed),
      check: check(database.confirmed === expectedConfirmed),
    },
    {
      label: "Waiting list (database)",
      value: String(database.waitlisted),
      expected: String(expectedWaitlisted),
      check: check(database.waitlisted === expectedWaitlisted),
    },
    {
      label: "Distinct waiting-list positions",
      value: database.waitlisted ? `${database.distinctPositions} (${database.lowestPosition}–${database.highestPosition})` : "0",
      expected: expectedWaitlisted ? `${expectedWaitlisted} (1–${expectedWaitlisted})` : "0",
      check: check(positionsOk),
    },
    { label: "Oversold places", value: String(oversold), expected: "0", check: check(oversold === 0) },
    { label: "Duplicate registrations", value: String(database.duplicates), expected: "0", check: check(database.duplicates === 0) },
    { label: "Emails sent during the rush", value: `${input.emailsWritten} of ${newBookings}` },
    {
      label: "Every booking's email sent",
      value:
        input.emails.written >= newBookings
          ? `${input.emails.seconds.toFixed(1)} s after the last booking (${((newBookings - input.emailsWritten) / Math.max(input.emails.seconds, 0.1)).toFixed(0)} emails/s meanwhile)`
          : `${input.emails.written} of ${newBookings} after ${input.emails.seconds.toFixed(0)} s`,
      expected: `all ${newBookings}, within ${EMAIL_DRAIN_TARGET_SECONDS} s`,
      check: check(input.emails.written === newBookings && input.emails.seconds <= EMAIL_DRAIN_TARGET_SECONDS, "warn"),
    },
  ];

  return {
    title: "Registration rush",
    description:
      `${users} signed-in people book one session with ${capacity} places through ` +
      `\`POST /api/sessions/<id>/registrations\`, ${connections} concurrent clients, one booking per person; ` +
      `the first ${capacity} get places, the rest join the waiting list. Each booking queues its email, which the job worker sends (written to a file) during and after the rush.`,
    figures,
    diagnostics: rush.refusals.length ? ["Refused or failed bookings (samples):", ...rush.refusals.map((line) => `  ${line}`)] : undefined,
  };
}
