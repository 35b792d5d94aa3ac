// Public pages against the machine's own limit. The programme, a session page
// and the home page are each loaded by 50 anonymous visitors at once (no
// cookie) for about 10 s after a warm-up; then, against the same server in
// the same run, a static HTML file of the same byte size served from public/,
// which is the most this server can do for a response of that size: the
// ceiling. Each page's throughput is reported as a share of its ceiling, with
// the issue's targets (at least 70 % of the ceiling, p99 under 100 ms) as
// warnings: speed never fails the run; a refused or failed request does.
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../support/project-root";
import { describeCpuUse, watchCpu, type CpuUse } from "./cpu";
import { describeStatuses, runLoad, summariseLatencies, type LatencySummary, type LoadRun } from "./load";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "./types";

export const PAGE_SETTINGS = {
  /** Concurrent visitors (HTTP connections), each asking again as soon as it is answered. */
  connections: 50,
  /** About how long the load before measuring lasts (at least two requests per connection), so that code is compiled and pools open. */
  warmupSeconds: 3,
  /** About how long each page and each ceiling is measured (the number of requests is sized from the warm-up). */
  durationSeconds: 10,
};

/** The issue's targets for public pages (issue 6, section 1). */
export const PAGE_TARGETS = { shareOfCeiling: 0.7, p99Ms: 100 };

/** More CPU than this (in cores) used by other work while measuring means the run was disturbed. */
const QUIET_OTHER_CORES = 0.25;

type Page = { key: string; label: string; path: string };

const CEILING_COUNT = 6;
const ceilingFile = (index: number) => `bench-ceiling-${index + 1}.html`;
const ceilingPath = (index: number) => path.join(projectRoot, "public", ceilingFile(index));

export const pagesScenario: Scenario = {
  name: "pages",
  requiredRoutes: ["/(public)/page", "/(public)/programme/page", "/(public)/sessions/[slug]/page", "/api/v1/weeks/[week]/sessions/route"],
  prepare: prepareCeilings,
  run: runPages,
};

/**
 * `next start` lists public/ once, when it starts, so the ceiling files must
 * exist before it does; their content (the size of each page) is written once
 * the pages have been fetched. They are gitignored and removed at the end.
 */
async function prepareCeilings(say: (message: string) => void) {
  say(`Writing ${CEILING_COUNT} placeholder files public/bench-ceiling-*.html for the static ceiling (removed at the end)…`);
  for (let index = 0; index < CEILING_COUNT; index++) await writeFile(ceilingPath(index), ceilingHtml(0));
  return async () => {
    for (let index = 0; index < CEILING_COUNT; index++) await rm(ceilingPath(index), { force: true });
  };
}

/** A plain HTML page of exactly `bytes` bytes (at least the frame's own size). */
export function ceilingHtml(bytes: number): string {
  const head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Static ceiling</title></head><body><p>';
  const tail = "</p></body></html>\n";
  const filler = "Static HTML of the same size as the page it stands for. ";
  const room = Math.max(0, bytes - head.length - tail.length);
  return head + filler.repeat(Math.ceil(room / filler.length)).slice(0, room) + tail;
}

type Measurement = { run: LoadRun; latency: LatencySummary; perSecond: number; nonOk: number; cpu: CpuUse; statuses: string };

type PageResult = {
  page: Page;
  bytes: number;
  ceilingBytes: number;
  measured: Measurement;
  ceiling: Measurement;
};

async function runPages(context: BenchContext): Promise<ScenarioResult> {
  const { say } = context;
  const [loadBefore = 0] = os.loadavg();
  const sessionPath = await findSessionPath(context.baseUrl);
  const weekSlug = await findWeekSlug(context.baseUrl);
  const pages: Page[] = [
    { key: "programme", label: "Programme", path: "/programme" },
    // Issue 12: the Welsh programme may be no more than 10 % slower than the English one.
    { key: "programme-cy", label: "Programme in Welsh", path: "/cy/programme" },
    { key: "session", label: "Session page", path: sessionPath },
    { key: "home", label: "Home page", path: "/" },
    // Issue 16: the open programme under the same load (JSON and XML against a static file of the same size).
    { key: "api-sessions", label: "API: a week's sessions (25)", path: `/api/v1/weeks/${weekSlug}/sessions` },
    { key: "frab-xml", label: "Frab schedule XML of the week", path: `/weeks/${weekSlug}/schedule.xml` },
  ];

  const results: PageResult[] = [];
  for (const [index, page] of pages.entries()) {
    const body = await fetchBody(context.baseUrl, page.path);
    if (body.status !== 200) throw new Error(`${page.path} answered ${body.status} before the load started`);
    await writeFile(ceilingPath(index), ceilingHtml(body.bytes));
    const ceilingUrl = `/${ceilingFile(index)}`;
    const ceilingBody = await fetchBody(context.baseUrl, ceilingUrl);
    if (ceilingBody.status !== 200) {
      throw new Error(`The static ceiling ${ceilingUrl} answered ${ceilingBody.status}: next start did not list it in public/ at start-up`);
    }

    say(
      `${page.path} (${kib(body.bytes)}): warm-up of about ${PAGE_SETTINGS.warmupSeconds} s, then about ${PAGE_SETTINGS.durationSeconds} s at ${PAGE_SETTINGS.connections} connections…`,
    );
    const measured = await measure(context, page.path);
    say(`  ${measured.perSecond.toFixed(1)} requests/s, p99 ${ms(measured.latency.p99)}; its ceiling ${ceilingUrl} (${kib(ceilingBody.bytes)})…`);
    const ceiling = await measure(context, ceilingUrl);
    say(`  ceiling ${ceiling.perSecond.toFixed(1)} requests/s, p99 ${ms(ceiling.latency.p99)}`);
    results.push({ page, bytes: body.bytes, ceilingBytes: ceilingBody.bytes, measured, ceiling });
  }
  return report(results, loadBefore);
}

/** The first session a visitor can open from the programme of the current week. */
async function findSessionPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/programme`, { signal: AbortSignal.timeout(30_000) });
  const html = await response.text();
  const match = /href="(\/sessions\/[^"?#]+)"/.exec(html);
  if (!match) throw new Error(`The programme (status ${response.status}) links to no session: is the demo week seeded?`);
  return match[1]!;
}

/** The newest published week, as the read API lists it. */
async function findWeekSlug(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/weeks?per_page=1`, { signal: AbortSignal.timeout(30_000) });
  const slug = ((await response.json()) as { data?: Array<{ slug: string }> }).data?.[0]?.slug;
  if (!slug) throw new Error(`The read API (status ${response.status}) lists no week: is the demo week seeded?`);
  return slug;
}

/** Status and size of a response as autocannon receives it (no compression asked for, no cookie). */
export async function fetchBody(baseUrl: string, pathname: string): Promise<{ status: number; bytes: number }> {
  const response = await fetch(`${baseUrl}${pathname}`, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(30_000) });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { status: response.status, bytes };
}

/**
 * Loads one address: a warm-up of about `warmupSeconds`, then a fixed number
 * of requests sized from the warm-up's throughput to last about
 * `durationSeconds`, each at least two per connection. Every request sent is
 * answered and counted: stopping at a fixed time instead would drop the
 * requests still in flight (the slowest ones; on a slow page almost all of
 * them) and leave the server rendering for nobody while the next measurement
 * starts.
 */
export async function measure(context: BenchContext, pathname: string): Promise<Measurement> {
  const { connections, warmupSeconds, durationSeconds } = PAGE_SETTINGS;
  const load = (amount: number) =>
    runLoad({
      url: context.baseUrl,
      connections,
      amount,
      signal: context.signal,
      timeoutSeconds: 60,
      nextRequest: () => ({ method: "GET", path: pathname }),
    });
  const minimum = connections * 2;
  const rate = (run: LoadRun) => describeStatuses(run.statusCounts).byClass["2xx"] / run.wallSeconds;
  const first = await load(minimum);
  let warmRate = rate(first);
  const more = Math.round(warmRate * warmupSeconds) - minimum;
  if (more >= connections) warmRate = rate(await load(more));
  const amount = Math.max(minimum, Math.round(warmRate * durationSeconds));
  const stopWatching = watchCpu(context.serverPid);
  const run = await load(amount);
  const cpu = stopWatching();
  const statuses = describeStatuses(run.statusCounts);
  return {
    run,
    latency: summariseLatencies(run.latencies),
    perSecond: statuses.byClass["2xx"] / run.wallSeconds,
    nonOk: run.latencies.length - statuses.byClass["2xx"],
    cpu,
    statuses: statuses.codes,
  };
}

const ms = (value: number) => (Number.isNaN(value) ? "–" : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

function report(results: PageResult[], loadBefore: number): ScenarioResult {
  const { connections, durationSeconds, warmupSeconds } = PAGE_SETTINGS;
  const figures: Figure[] = [{ label: "Load average (1 min) before measuring", value: loadBefore.toFixed(2) }];
  for (const { page, bytes, ceilingBytes, measured, ceiling } of results) {
    const name = page.label;
    const share = ceiling.perSecond > 0 ? measured.perSecond / ceiling.perSecond : 0;
    const latency = measured.latency;
    figures.push(
      {
        label: `${name}: address, size of the page / of its ceiling`,
        value: `${page.path}, ${bytes} / ${ceilingBytes} bytes`,
        expected: "equal sizes",
        check: { ok: bytes === ceilingBytes, severity: "fail" },
      },
      {
        label: `${name}: requests/s, share of the ceiling`,
        value:
          `${measured.perSecond.toFixed(1)} of ${ceiling.perSecond.toFixed(1)} = ${percent(share)}` +
          (share < PAGE_TARGETS.shareOfCeiling ? `, ${((PAGE_TARGETS.shareOfCeiling - share) * 100).toFixed(1)} points short` : ""),
        expected: `≥ ${percent(PAGE_TARGETS.shareOfCeiling)} (target)`,
        check: { ok: share >= PAGE_TARGETS.shareOfCeiling, severity: "warn" },
      },
      {
        label: `${name}: latency p50 / p95 / p99`,
        value:
          `${ms(latency.p50)} / ${ms(latency.p95)} / ${ms(latency.p99)}` +
          (latency.p99 >= PAGE_TARGETS.p99Ms ? `, p99 ${ms(latency.p99 - PAGE_TARGETS.p99Ms)} over` : ""),
        expected: `p99 < ${PAGE_TARGETS.p99Ms} ms (target)`,
        check: { ok: latency.p99 < PAGE_TARGETS.p99Ms, severity: "warn" },
      },
      {
        label: `${name}: ceiling latency p50 / p95 / p99`,
        value: `${ms(ceiling.latency.p50)} / ${ms(ceiling.latency.p95)} / ${ms(ceiling.latency.p99)}`,
      },

      {
        label: `${name}: non-2xx responses, page / ceiling`,
        value: `${measured.nonOk} / ${ceiling.nonOk}${measured.nonOk ? ` (${measured.statuses})` : ""}`,
        expected: "0 / 0",
        check: { ok: measured.nonOk === 0 && ceiling.nonOk === 0, severity: "fail" },
      },
      {
        label: `${name}: connection errors / timeouts, page / ceiling`,
        value: `${measured.run.errors} / ${measured.run.timeouts}, ${ceiling.run.errors} / ${ceiling.run.timeouts}`,
        expected: "0 / 0, 0 / 0",
        check: { ok: measured.run.errors === 0 && ceiling.run.errors === 0, severity: "fail" },
      },
      {
        label: `${name}: CPU while measuring the page (cores)`,
        value: describeCpuUse(measured.cpu),
        expected: measured.cpu.busy.other === undefined ? undefined : `other < ${QUIET_OTHER_CORES}`,
        check: measured.cpu.busy.other === undefined ? undefined : { ok: measured.cpu.busy.other < QUIET_OTHER_CORES, severity: "warn" },
      },
    );
  }
  const english = results.find((result) => result.page.key === "programme");
  const welsh = results.find((result) => result.page.key === "programme-cy");
  if (english && welsh) {
    // Each against its own ceiling (the Welsh page is a little larger), so the comparison is of rendering, not of bytes.
    const share = (result: PageResult) => (result.ceiling.perSecond > 0 ? result.measured.perSecond / result.ceiling.perSecond : 0);
    const slower = share(english) > 0 ? 1 - share(welsh) / share(english) : 0;
    figures.push({
      label: "Programme in Welsh against English: share of the ceiling",
      value: `${percent(share(welsh))} against ${percent(share(english))}: ${slower > 0 ? `${percent(slower)} slower` : `${percent(-slower)} faster`}`,
      expected: "no more than 10 % slower (issue 12)",
      check: { ok: slower <= 0.1, severity: "warn" },
    });
  }
  return {
    title: "Public pages against a static ceiling",
    description:
      `Anonymous visitors (no cookie), ${connections} connections, each page loaded for about ${durationSeconds} s after a warm-up of about ${warmupSeconds} s ` +
      "(a number of requests sized from the warm-up's throughput, at least two per connection, each answered and counted); " +
      `then a static HTML file of the same byte size in public/, served by the same \`next start\`, for the same time: the ceiling. ` +
      `No compression is asked for (autocannon sends no Accept-Encoding), so both send the bytes counted here.`,
    figures,
  };
}
