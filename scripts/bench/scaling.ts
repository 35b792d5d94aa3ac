// Scaling: the programme page of a week with 40, 400 and 4,000 sessions.
// Three published weeks are inserted directly (themes, speakers, a few
// bookings on each session, so every part of a session card has data). For
// each: the time of one render, from sequential requests to
// /programme?week=<slug> (one at a time, nothing else running), and the number
// of database queries one render makes, which must not grow with the week.
//
// The queries are counted in the benchmark process, by calling the same data
// functions the page calls (app/(public)/programme/page.tsx for an anonymous
// visitor) through the benchmark's Prisma client, with countQueries from
// tests/helpers (which counts what node-postgres sends, as the programme
// query-count test does), in two parts: what a render costs when the shared
// programme cache has no entry for the week (getPublishedEvent,
// listEventThemes, listProgrammeSessions, then confirmedCounts for places
// left), and what every render costs once it has (confirmedCounts only; see
// docs/decisions/0006-public-programme-cache.md).
import os from "node:os";
import type { PrismaClient } from "../../lib/prisma-client";
import { PROGRAMME_PAGE_SIZE } from "../../lib/programme/programme-paging";
import { countQueries } from "../support/count-queries";
import { summariseLatencies } from "./load";
import { allowServerModules } from "./server-modules";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "./types";

export const SCALING_SETTINGS = {
  /** Sessions in each generated week. */
  sizes: [40, 400, 4000],
  /** Renders timed per week: at most this many … */
  renders: 10,
  /** … or as many as fit in this time (but at least `minRenders`). */
  maxSecondsPerSize: 20,
  minRenders: 3,
  /** Untimed renders first, so that the route is loaded and the pools are open. */
  warmupRenders: 1,
  themes: 6,
  speakers: 60,
  /** People who book: session i has (i mod 5) confirmed bookings of them. */
  people: 20,
};

export const scalingScenario: Scenario = {
  name: "scaling",
  requiredRoutes: ["/(public)/programme/page"],
  run: runScaling,
};

type WeekResult = {
  sessions: number;
  slug: string;
  renders: number[];
  bytes: number;
  statuses: number[];
  /** Distinct session links in the last rendered page. */
  linkedSessions: number;
  queries: number;
  /** Queries once the programme is cached: places left only. */
  cachedQueries: number;
  /** Sessions the data functions returned. */
  listed: number;
  statements: string[];
};

async function runScaling(context: BenchContext): Promise<ScenarioResult> {
  const { prisma, say } = context;
  const [loadBefore = 0] = os.loadavg();
  const stamp = Date.now().toString(36);
  const total = SCALING_SETTINGS.sizes.reduce((sum, size) => sum + size, 0);
  say(`Inserting ${SCALING_SETTINGS.sizes.length} published weeks (${SCALING_SETTINGS.sizes.join(", ")} sessions; ${total} in all)…`);
  const shared = await createSharedRows(prisma, stamp);
  const weeks: Array<{ size: number; slug: string }> = [];
  for (const [index, size] of SCALING_SETTINGS.sizes.entries()) {
    weeks.push({ size, slug: await createWeek(prisma, stamp, index, size, shared) });
  }

  allowServerModules(prisma);
  const { getPublishedEvent } = await import("../../lib/programme/get-current-event");
  const { listEventThemes, listProgrammeSessions } = await import("../../lib/programme/list-programme-sessions");
  const { addPlaces } = await import("../../lib/programme/confirmed-counts");
  const { parseProgrammeFilters } = await import("../../lib/programme/programme-filters");

  /** What the programme page loads for an anonymous visitor to /programme?week=<slug> when nothing is cached. */
  const programmeData = async (slug: string) => {
    const params = { week: slug };
    const event = await getPublishedEvent(prisma, slug); // one cache entry for generateMetadata and the page
    if (!event) throw new Error(`Week ${slug} is not published`);
    const [themes, listed] = await Promise.all([listEventThemes(prisma, event.id), listProgrammeSessions(prisma, event, parseProgrammeFilters(params))]);
    return { themes, sessions: await addPlaces(prisma, listed) };
  };

  const results: WeekResult[] = [];
  for (const { size, slug } of weeks) {
    if (context.signal.aborted) throw new Error("Interrupted");
    say(`${size} sessions: counting queries, then timing renders of /programme?week=${slug}…`);
    await programmeData(slug); // untimed: the first call also opens connections
    const counted = await countQueries(() => programmeData(slug));
    const cached = await countQueries(() => addPlaces(prisma, counted.result.sessions));
    const timing = await timeRenders(context, `/programme?week=${encodeURIComponent(slug)}`);
    const mean = summariseLatencies(timing.renders).mean;
    say(
      `  ${counted.queries} queries uncached, ${cached.queries} cached; ${timing.renders.length} renders, mean ${mean.toFixed(0)} ms, ${(timing.bytes / 1024).toFixed(0)} KiB`,
    );
    results.push({
      sessions: size,
      slug,
      ...timing,
      queries: counted.queries,
      cachedQueries: cached.queries,
      listed: counted.result.sessions.length,
      statements: counted.statements,
    });
  }
  return report(results, loadBefore);
}

async function timeRenders(context: BenchContext, pathname: string) {
  const { renders: most, maxSecondsPerSize, minRenders, warmupRenders } = SCALING_SETTINGS;
  const url = `${context.baseUrl}${pathname}`;
  const get = async () => {
    const started = performance.now();
    // A cookie of no meaning: an anonymous visitor, but the page is rendered
    // (the page cache answers only requests without any cookie, ADR 0010).
    const response = await fetch(url, { headers: { "accept-encoding": "identity", cookie: "cpd-week-bench=render" }, signal: AbortSignal.timeout(120_000) });
    const html = await response.text();
    return { status: response.status, html, ms: performance.now() - started };
  };
  for (let index = 0; index < warmupRenders; index++) await get();
  const renders: number[] = [];
  const statuses: number[] = [];
  let html = "";
  const started = performance.now();
  while (renders.length < most && (renders.length < minRenders || performance.now() - started < maxSecondsPerSize * 1000)) {
    if (context.signal.aborted) throw new Error("Interrupted");
    const one = await get();
    renders.push(one.ms);
    statuses.push(one.status);
    html = one.html;
  }
  const linkedSessions = new Set(html.match(/href="\/sessions\/[^"?#]+"/g) ?? []).size;
  return { renders, statuses, bytes: Buffer.byteLength(html), linkedSessions };
}

type SharedRows = { speakerIds: string[]; userIds: string[] };

async function createSharedRows(prisma: PrismaClient, stamp: string): Promise<SharedRows> {
  const speakers = await prisma.speaker.createManyAndReturn({
    data: Array.from({ length: SCALING_SETTINGS.speakers }, (_, index) => ({
      slug: `scaling-${stamp}-speaker-${index + 1}`,
      name: `Speaker ${index + 1} Pritchard-Owen`,
      role: "Principal social worker",
      organisation: `Council ${(index % 22) + 1}`,
    })),
    select: { id: true },
  });
  const users = await prisma.user.createManyAndReturn({
    data: Array.from({ length: SCALING_SETTINGS.people }, (_, index) => ({
      email: `scaling-${stamp}-${index + 1}@bench.cpdweek.test`,
      name: `Scaling attendee ${index + 1}`,
    })),
    select: { id: true },
  });
  return { speakerIds: speakers.map((speaker) => speaker.id), userIds: users.map((user) => user.id) };
}

const FORMATS = ["ONLINE", "IN_PERSON", "HYBRID"] as const;
const AUDIENCES = ["PRACTITIONERS", "MANAGERS_AND_LEADERS", "STUDENTS_AND_EDUCATORS", "SOCIAL_CARE_WORKFORCE"] as const;

/** A published week of `size` sessions, Monday to Friday, in 2033 and later (after the demo and other benchmark weeks). */
async function createWeek(prisma: PrismaClient, stamp: string, weekIndex: number, size: number, shared: SharedRows): Promise<string> {
  const slug = `scaling-${size}-${stamp}`;
  const monday = Date.UTC(2033 + weekIndex, 2, 14); // 14 March 2033 is a Monday; later years' dates start there too
  const event = await prisma.event.create({
    data: {
      slug,
      title: `Scaling week with ${size} sessions`,
      summary: "A generated week for the scaling benchmark (npm run bench).",
      startDate: new Date(monday),
      endDate: new Date(monday + 4 * 86_400_000),
      organiserName: "CPD Week benchmark",
      status: "PUBLISHED",
      publishedAt: new Date(),
      audiences: ["PRACTITIONERS"],
      themes: {
        create: Array.from({ length: SCALING_SETTINGS.themes }, (_, index) => ({
          slug: `${slug}-theme-${index + 1}`,
          name: `Theme ${index + 1}: relationship-based practice`,
          summary: "Generated theme",
          colour: "#1d70b8",
          position: index,
        })),
      },
    },
    select: { id: true, themes: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  const sessions: Array<{ id: string }> = [];
  for (let start = 0; start < size; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, size - start) }, (_, offset) => {
      const index = start + offset;
      // 16 half-hour slots a day from 09:00 UTC, five days.
      const startsAt = new Date(monday + (index % 5) * 86_400_000 + (9 * 60 + (Math.floor(index / 5) % 16) * 30) * 60_000);
      return {
        eventId: event.id,
        themeId: event.themes[index % event.themes.length]?.id,
        slug: `${slug}-session-${index + 1}`,
        title: `Generated session ${index + 1}: supervision, reflection and the law in everyday practice`,
        summary: "A generated session with a summary of ordinary length, as a practitioner would read it on the programme page.",
        description: "Generated for the scaling benchmark.",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        format: FORMATS[index % FORMATS.length]!,
        venue: index % 3 === 0 ? "Online" : "Cardiff City Hall",
        capacity: 40,
        status: "PUBLISHED" as const,
        featured: index % 50 === 0,
        audiences: [AUDIENCES[index % AUDIENCES.length]!],
      };
    });
    sessions.push(...(await prisma.session.createManyAndReturn({ data: rows, select: { id: true } })));
  }
  const { speakerIds, userIds } = shared;
  const links = sessions.flatMap((session, index) => [
    { sessionId: session.id, speakerId: speakerIds[index % speakerIds.length]!, position: 0 },
    ...(index % 2 === 0 ? [{ sessionId: session.id, speakerId: speakerIds[(index + 7) % speakerIds.length]!, position: 1 }] : []),
  ]);
  const bookings = sessions.flatMap((session, index) =>
    Array.from({ length: index % 5 }, (_, person) => ({ sessionId: session.id, userId: userIds[person]!, status: "CONFIRMED" as const })),
  );
  for (let start = 0; start < links.length; start += 2000) await prisma.sessionSpeaker.createMany({ data: links.slice(start, start + 2000) });
  for (let start = 0; start < bookings.length; start += 2000) await prisma.registration.createMany({ data: bookings.slice(start, start + 2000) });
  return slug;
}

const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);

function report(results: WeekResult[], loadBefore: number): ScenarioResult {
  const counts = results.map((result) => result.queries);
  const cachedCounts = results.map((result) => result.cachedQueries);
  const flat = counts.every((count) => count === counts[0]) && cachedCounts.every((count) => count === cachedCounts[0]);
  const figures: Figure[] = [{ label: "Load average (1 min) before measuring", value: loadBefore.toFixed(2) }];
  for (const result of results) {
    const times = summariseLatencies(result.renders);
    const allOk = result.statuses.every((status) => status === 200);
    figures.push(
      {
        label: `${result.sessions} sessions: time per render, mean / p50 / max`,
        value: `${ms(times.mean)} / ${ms(times.p50)} / ${ms(times.max)} (${result.renders.length} renders, ${(result.bytes / 1024).toFixed(0)} KiB of HTML)`,
      },
      {
        label: `${result.sessions} sessions: time per session`,
        value: `${((times.mean / result.sessions) * 1000).toFixed(0)} µs`,
      },
      {
        label: `${result.sessions} sessions: responses`,
        value: allOk ? `200 × ${result.statuses.length}` : result.statuses.join(", "),
        expected: `200 × ${result.statuses.length}`,
        check: { ok: allOk, severity: "fail" },
      },
      {
        label: `${result.sessions} sessions: sessions on the first page / listed by the data functions`,
        value: `${result.linkedSessions} / ${result.listed}`,
        expected: `${Math.min(result.sessions, PROGRAMME_PAGE_SIZE)} / ${result.sessions}`,
        check: { ok: result.linkedSessions === Math.min(result.sessions, PROGRAMME_PAGE_SIZE) && result.listed === result.sessions, severity: "fail" },
      },
      {
        label: `${result.sessions} sessions: HTML of the first page`,
        value: `${(result.bytes / 1000).toFixed(0)} kB`,
        expected: "< 300 kB (target)",
      },
      { label: `${result.sessions} sessions: database queries per render, uncached / cached`, value: `${result.queries} / ${result.cachedQueries}` },
    );
  }
  figures.push({
    label: "Queries per render, 40 → 4,000 sessions (uncached; cached)",
    value: `${counts.join(" / ")}; ${cachedCounts.join(" / ")}`,
    expected: "the same for every size",
    check: { ok: flat, severity: "fail" },
  });
  return {
    title: "Programme page scaling",
    description:
      `The programme page of generated published weeks of ${results.map((result) => result.sessions).join(", ")} sessions ` +
      "(6 themes, one or two speakers and up to four bookings per session), requested one at a time by an anonymous visitor " +
      `(\`/programme?week=<slug>\`, after an untimed render; rendered each time, with a cookie of no meaning that keeps the page cache out; the page shows the first ${PROGRAMME_PAGE_SIZE} sessions). ` +
      "Queries are counted by calling the page's own data functions " +
      "and counting what node-postgres sends: uncached (getPublishedEvent, listEventThemes, listProgrammeSessions, confirmedCounts) " +
      "and once the shared programme cache holds the week (confirmedCounts for places left only).",
    figures,
    diagnostics: flat ? undefined : results.map((result) => `${result.sessions} sessions: ${result.statements.map((sql) => sql.slice(0, 80)).join(" | ")}`),
  };
}
