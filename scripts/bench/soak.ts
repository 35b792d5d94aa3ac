// The soak: 10 minutes at 50 connections of what registration week looks
// like, to catch what a 10-second run cannot (memory that grows, pools that
// leak, a queue that falls behind). Each request is, in turn: an anonymous
// visitor's public page (home, programme, a session page, the Welsh
// programme), a signed-in person's programme page, or a booking by a
// signed-in person (a new person-and-session pair each time, over 20
// sessions). Reports the memory (RSS) of every server process at the start
// and the end, the errors (there must be none), and whether the job worker
// kept up with the emails. Runs only when asked: npm run bench -- --only soak
// (BENCH_SOAK_SECONDS shortens it, for a try-out).
import { readFile } from "node:fs/promises";
import type { PrismaClient } from "../../lib/prisma-client";
import { describeCpuUse, watchCpu } from "./cpu";
import { describeStatuses, runLoad, summariseLatencies, type HttpRequest } from "./load";
import { createUsers, sessionCookie } from "./registration";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "./types";

export const SOAK_SETTINGS = {
  durationSeconds: 600,
  /** Load before the first memory reading, so that code is compiled and caches are filled: growth after it is what matters. */
  warmupSeconds: 30,
  connections: 50,
  /** People × sessions gives the distinct bookings available (100,000: more than 10 minutes can use). */
  people: 5000,
  sessions: 20,
  /** How long the emails may take to be all sent after the load stops. */
  emailsWithinSeconds: 120,
  /** Growth of a process's memory over the soak that is worth a warning (MB). */
  rssGrowthWarnMb: 200,
};

export const soakScenario: Scenario = {
  name: "soak",
  optIn: true,
  requiredRoutes: ["/(public)/programme/page", "/(public)/sessions/[slug]/page", "/api/sessions/[sessionId]/registrations/route"],
  run: runSoak,
};

type Kind = "anonymous page" | "signed-in page" | "booking";
/** The cycle of requests: 6 anonymous pages, 2 signed-in pages, 2 bookings in every 10. */
const CYCLE: Kind[] = [
  "anonymous page",
  "booking",
  "anonymous page",
  "anonymous page",
  "signed-in page",
  "anonymous page",
  "booking",
  "anonymous page",
  "anonymous page",
  "signed-in page",
];

async function runSoak(context: BenchContext): Promise<ScenarioResult> {
  const { prisma, say } = context;
  const durationSeconds = Number(process.env.BENCH_SOAK_SECONDS) || SOAK_SETTINGS.durationSeconds;
  say(`Inserting ${SOAK_SETTINGS.sessions} sessions and ${SOAK_SETTINGS.people} people…`);
  const sessions = await createSoakSessions(prisma, SOAK_SETTINGS.sessions);
  const people = await createUsers(prisma, "soak", SOAK_SETTINGS.people);
  const cookies = await Promise.all(people.map((person) => sessionCookie(context.authSecret, person)));
  const slug = (await prisma.session.findFirstOrThrow({ where: { status: "PUBLISHED", event: { status: "PUBLISHED" } }, select: { slug: true } })).slug;
  const anonymousPaths = ["/", "/programme", `/sessions/${slug}`, "/cy/programme"];

  say(`Warming up for ${SOAK_SETTINGS.warmupSeconds} s…`);
  const request = nextSoakRequest(sessions, cookies, people.length, anonymousPaths);
  await runLoad({
    url: context.baseUrl,
    connections: SOAK_SETTINGS.connections,
    durationSeconds: SOAK_SETTINGS.warmupSeconds,
    signal: context.signal,
    timeoutSeconds: 30,
    nextRequest: request.next,
  });
  const rssBefore = await serverMemory(context.serverPid);
  say(`Soaking for ${durationSeconds} s at ${SOAK_SETTINGS.connections} connections (server processes: ${rssBefore.length})…`);
  const counted = request.counts();
  const stopWatching = watchCpu(context.serverPid);
  const run = await runLoad({
    url: context.baseUrl,
    connections: SOAK_SETTINGS.connections,
    durationSeconds,
    signal: context.signal,
    timeoutSeconds: 30,
    nextRequest: request.next,
  });
  const after = request.counts();
  const bookings = after.bookings - counted.bookings;
  const anonymous = after.anonymous - counted.anonymous;
  const cpu = stopWatching();
  const rssAfter = await serverMemory(context.serverPid);

  say("Load stopped; waiting for the job worker to send the last emails…");
  const drainStarted = Date.now();
  let waiting = await queuedEmails(prisma);
  while (waiting > 0 && Date.now() - drainStarted < SOAK_SETTINGS.emailsWithinSeconds * 1000 && !context.signal.aborted) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    waiting = await queuedEmails(prisma);
  }
  const drainSeconds = (Date.now() - drainStarted) / 1000;
  const [delivery] = await prisma.$queryRaw<Array<{ sent: number; failed: number; bookings: number }>>`
    SELECT (SELECT count(*)::int FROM "EmailDelivery" d JOIN "Registration" r ON r.id = d."registrationId" WHERE r."sessionId" = ANY(${sessions}) AND d.status = 'SENT') AS sent,
           (SELECT count(*)::int FROM "EmailDelivery" d JOIN "Registration" r ON r.id = d."registrationId" WHERE r."sessionId" = ANY(${sessions}) AND d.status IN ('FAILED', 'RETRYING')) AS failed,
           (SELECT count(*)::int FROM "Registration" WHERE "sessionId" = ANY(${sessions})) AS bookings`;

  const statuses = describeStatuses(run.statusCounts);
  const all = summariseLatencies(run.latencies);
  const total = run.latencies.length;
  const failures = total - (statuses.byClass["2xx"] ?? 0);
  const growth = rssAfter.map((after) => after.rssMb - (rssBefore.find((before) => before.pid === after.pid)?.rssMb ?? after.rssMb));
  const memoryLine = (list: ProcessMemory[]) => list.map((process) => `${process.role} ${process.rssMb.toFixed(0)} MB`).join(", ");
  const figures: Figure[] = [
    { label: "Duration, connections", value: `${run.wallSeconds.toFixed(0)} s, ${SOAK_SETTINGS.connections}` },
    {
      label: "Requests (per second)",
      value: `${total} (${(total / run.wallSeconds).toFixed(1)}/s): ${bookings} bookings, ${anonymous} anonymous pages, the rest signed-in pages`,
    },
    { label: "Latency p50 / p95 / p99", value: `${all.p50.toFixed(0)} / ${all.p95.toFixed(0)} / ${all.p99.toFixed(0)} ms` },
    { label: "CPU during the soak (cores)", value: describeCpuUse(cpu) },
    { label: "Memory (RSS) at the start", value: memoryLine(rssBefore) },
    {
      label: "Memory (RSS) at the end",
      value: `${memoryLine(rssAfter)} (largest growth ${Math.max(0, ...growth).toFixed(0)} MB)`,
      expected: `growth < ${SOAK_SETTINGS.rssGrowthWarnMb} MB per process`,
      check: { ok: growth.every((mb) => mb < SOAK_SETTINGS.rssGrowthWarnMb), severity: "warn" },
    },
    {
      label: "Errors (non-2xx, connection errors, timeouts)",
      value: `${failures} (${statuses.codes}), ${run.errors}, ${run.timeouts}`,
      expected: "0, 0, 0",
      check: { ok: failures === 0 && run.errors === 0 && run.timeouts === 0, severity: "fail" },
    },
    {
      label: "Emails after the soak",
      value: `${delivery?.sent ?? 0} sent for ${delivery?.bookings ?? 0} bookings, ${delivery?.failed ?? 0} failed; queue empty ${waiting === 0 ? `${drainSeconds.toFixed(0)} s after the load stopped` : `NOT after ${drainSeconds.toFixed(0)} s (${waiting} waiting)`}`,
      expected: "one per booking, queue empty",
      check: { ok: waiting === 0 && delivery?.sent === delivery?.bookings && delivery?.failed === 0, severity: "fail" },
    },
  ];
  return {
    title: "Soak",
    description: `After ${SOAK_SETTINGS.warmupSeconds} s of warm-up, ${durationSeconds} s at ${SOAK_SETTINGS.connections} connections: in every 10 requests, 6 anonymous public pages (home, programme, a session, the Welsh programme), 2 signed-in programme pages and 2 bookings (each a new person-and-session pair over ${SOAK_SETTINGS.sessions} sessions), with the job worker sending every booking's email.`,
    figures,
  };
}

/** The requests in CYCLE's order; bookings go through every person-and-session pair once. */
function nextSoakRequest(sessions: string[], cookies: string[], people: number, anonymousPaths: string[]) {
  let sent = 0;
  let bookings = 0;
  let anonymous = 0;
  return {
    counts: () => ({ bookings, anonymous }),
    next: (): HttpRequest => {
      const kind = CYCLE[sent++ % CYCLE.length]!;
      if (kind === "booking") {
        const pair = bookings++;
        const session = Math.floor(pair / people) % sessions.length;
        return {
          method: "POST",
          path: `/api/sessions/${sessions[session]}/registrations`,
          headers: { cookie: cookies[pair % people]!, accept: "application/json" },
        };
      }
      if (kind === "signed-in page") return { method: "GET", path: "/programme", headers: { cookie: cookies[sent % cookies.length]!, accept: "text/html" } };
      return { method: "GET", path: anonymousPaths[anonymous++ % anonymousPaths.length]!, headers: { accept: "text/html" } };
    },
  };
}

async function createSoakSessions(prisma: PrismaClient, count: number): Promise<string[]> {
  const stamp = Date.now().toString(36);
  const event = await prisma.event.create({
    data: {
      slug: `soak-week-${stamp}`,
      title: "Soak Week",
      summary: "Sessions for the soak benchmark.",
      startDate: new Date("2031-05-12T00:00:00Z"),
      endDate: new Date("2031-05-16T00:00:00Z"),
      organiserName: "CPD Week benchmark",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const startsAt = new Date(Date.UTC(2031, 4, 12 + (index % 5), 9 + Math.floor(index / 5), 0));
    const session = await prisma.session.create({
      data: {
        eventId: event.id,
        slug: `soak-${index + 1}-${stamp}`,
        title: `Soak session ${index + 1}`,
        summary: "A session of the soak benchmark.",
        description: "A session of the soak benchmark.",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 45 * 60_000),
        format: "ONLINE",
        venue: "Online",
        capacity: 300,
        status: "PUBLISHED",
      },
      select: { id: true },
    });
    ids.push(session.id);
  }
  return ids;
}

async function queuedEmails(prisma: PrismaClient): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ waiting: number }>>`
    SELECT count(*)::int AS waiting FROM graphile_worker.jobs WHERE task_identifier = 'send-registration-email'`;
  return row?.waiting ?? 0;
}

type ProcessMemory = { pid: number; role: string; rssMb: number };

/** RSS of the server's processes: the one started and its children (the cluster's server processes and the job worker). */
async function serverMemory(rootPid: number | undefined): Promise<ProcessMemory[]> {
  if (!rootPid) return [];
  const children = (await readFile(`/proc/${rootPid}/task/${rootPid}/children`, "utf8").catch(() => "")).trim().split(/\s+/).filter(Boolean).map(Number);
  const rss = async (pid: number) => {
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
  };
  const list: ProcessMemory[] = [{ pid: rootPid, role: children.length ? "primary" : "server", rssMb: await rss(rootPid) }];
  let servers = 0;
  for (const pid of children) {
    const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    list.push({ pid, role: command.includes("job-worker") ? "job worker" : `server ${++servers}`, rssMb: await rss(pid) });
  }
  return list;
}
