// npm run bench: load benchmarks of the production server (`next start`) on a
// real PostgreSQL server. Figures belong here, not in timed tests.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench
//   npm run bench -- --build           build the site first (otherwise an existing build is reused)
//   npm run bench -- --no-docs         print the results without updating docs/benchmarks.md
//   npm run bench -- --only pages,scaling   run only the named scenario(s): pages, embedded, scaling, registration
//                                      (or bookings), certificates, messages, bundle, browser, soak (10 minutes: only
//                                      when named); docs/benchmarks.md keeps the other scenarios' sections as they were
//   npm run bench -- --profile         also write a CPU profile of next start to .data/bench-profiles/
//   BENCH_PORT=3210                    port for next start (another free one is used if it is taken)
//
// Creates a fresh database on DATABASE_URL's server (cpd_test_…, migrated and
// seeded), builds if needed, starts `next start` on it with emails written to
// a temporary folder, runs each scenario (scripts/bench/*.ts), prints a
// Markdown table of the figures with the machine they were measured on, and
// records them in docs/benchmarks.md. Stops the server and drops the database
// at the end, on failure and on Ctrl-C. Exits non-zero when a correctness
// check fails (an oversold session, a failed request…), never because of speed.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/prisma-client";
import { browserScenario } from "./bench/browser";
import { build, decideBuild, staleBuildNote } from "./bench/build";
import { bundleScenario } from "./bench/bundle";
import { certificatesScenario } from "./bench/certificates";
import { embeddedScenario } from "./bench/embedded";
import { describeMachine } from "./bench/machine";
import { messagesScenario } from "./bench/messages";
import { pagesScenario } from "./bench/pages";
import { registrationScenario } from "./bench/registration";
import { failedChecks, machineMarkdown, mergeResults, readResults, scenarioMarkdown, sectionMarkdown, writeResults, type SectionRun } from "./bench/report";
import { scalingScenario } from "./bench/scaling";
import { soakScenario } from "./bench/soak";
import type { Scenario, ScenarioResult } from "./bench/types";
import { createTestDatabase, migrateAndSeed } from "./support/fresh-database";
import { projectRoot } from "./support/project-root";
import { freePort, startServer, type RunningServer } from "./support/server";

/** Every scenario, in the order they run; a new benchmark is one more entry. */
const SCENARIOS: Scenario[] = [
  pagesScenario,
  embeddedScenario,
  scalingScenario,
  registrationScenario,
  certificatesScenario,
  messagesScenario,
  bundleScenario,
  browserScenario,
  soakScenario,
];

const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const DEFAULT_PORT = 3210;
const DOCS_FILE = path.join(projectRoot, "docs", "benchmarks.md");
const PROFILE_DIR = path.join(projectRoot, ".data", "bench-profiles");
const USAGE = `Usage: npm run bench [-- --build] [--no-docs] [--profile] [--only ${SCENARIOS.map((scenario) => scenario.name).join("|")}]`;

class UsageError extends Error {}

function say(message: string) {
  console.log(`[bench] ${message}`);
}

// ---------------------------------------------------------------------------
// Cleaning up: run in reverse order at the end, on failure and on Ctrl-C.

const cleanups: Array<{ label: string; run: () => Promise<unknown> }> = [];
let cleaning: Promise<void> | undefined;

function onCleanup(label: string, run: () => Promise<unknown>) {
  cleanups.push({ label, run });
}

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (let step = cleanups.pop(); step; step = cleanups.pop()) {
      await step.run().catch((error: unknown) => console.error(`[bench] Could not ${step.label}:`, error));
    }
  })();
  return cleaning;
}

const interruption = new AbortController();

function checkInterrupted() {
  if (interruption.signal.aborted) throw new Error("Interrupted");
}

let signalledAt = 0;

function onSignal(signal: NodeJS.Signals) {
  if (interruption.signal.aborted) {
    // Ctrl-C reaches us through several parents (npm, tsx) at once; only a
    // later, deliberate second one skips the clean-up.
    if (Date.now() - signalledAt < 1500) return;
    console.error("[bench] Forced to stop: the benchmark database may be left behind (a later run drops it after a day).");
    process.exit(130);
  }
  signalledAt = Date.now();
  say(`Interrupted (${signal}): stopping the load, the server and dropping the database…`);
  interruption.abort();
}

// ---------------------------------------------------------------------------

function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.name === name || scenario.aliases?.includes(name));
}

function parseArgs(args: string[]) {
  const options = { build: false, docs: true, profile: false, only: [] as string[], help: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--build") options.build = true;
    else if (arg === "--no-docs") options.docs = false;
    else if (arg === "--profile") options.profile = true;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--only" && args[index + 1]) options.only.push(...args[++index]!.split(","));
    else if (arg?.startsWith("--only=")) options.only.push(...arg.slice("--only=".length).split(","));
    else throw new UsageError(`Unknown argument: ${arg}. ${USAGE}`);
  }
  const unknown = options.only.filter((name) => !findScenario(name));
  if (unknown.length) throw new UsageError(`Unknown scenario: ${unknown.join(", ")}. ${USAGE}`);
  return options;
}

/** host:port, never the password. */
function describeServer(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || "5432"}`;
}

let server: RunningServer | undefined;

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const chosen = new Set(options.only.map((name) => findScenario(name)!.name));
  const scenarios = chosen.size ? SCENARIOS.filter((scenario) => chosen.has(scenario.name)) : SCENARIOS.filter((scenario) => !scenario.optIn);
  const signal = interruption.signal;

  // A real server, never the embedded PGlite the tests fall back to: the
  // figures are meant to describe PostgreSQL.
  if (!process.env.TEST_DATABASE_ADMIN_URL && !process.env.DATABASE_URL) {
    process.env.DATABASE_URL = DEFAULT_DATABASE_URL;
    say(`DATABASE_URL is not set: using ${DEFAULT_DATABASE_URL} (a local PostgreSQL server).`);
  }
  const adminUrl = (process.env.TEST_DATABASE_ADMIN_URL || process.env.DATABASE_URL)!;
  if (!/^postgres(ql)?:\/\//.test(adminUrl)) throw new UsageError("DATABASE_URL must be a postgresql:// URL of a PostgreSQL server.");

  say(`Creating a fresh database on the PostgreSQL server at ${describeServer(adminUrl)}…`);
  const database = await createTestDatabase();
  onCleanup("drop the benchmark database", () => database.drop());
  say(`Database ${new URL(database.url).pathname.slice(1)} created and migrated; adding the demo week…`);
  await migrateAndSeed(database.url);
  checkInterrupted();

  const decision = await decideBuild(options.build, [...new Set(scenarios.flatMap((scenario) => scenario.requiredRoutes))]);
  if (decision.build) {
    say(`Building the site (${decision.reason}), about a minute…`);
    await build(database.url, signal);
    say("Build finished.");
  } else {
    say(`Build: ${decision.reason}.`);
    const note = await staleBuildNote();
    if (note) say(note);
  }
  checkInterrupted();

  for (const scenario of scenarios) {
    if (!scenario.prepare) continue;
    const undo = await scenario.prepare((message) => say(`${scenario.name}: ${message}`));
    onCleanup(`undo what "${scenario.name}" prepared`, undo);
  }

  const prisma = createPrismaClient(database.url, { max: 4 });
  onCleanup("close the database client", () => prisma.$disconnect());
  const tempDir = await mkdtemp(path.join(os.tmpdir(), "cpd-week-bench-"));
  onCleanup("remove the temporary folder", () => rm(tempDir, { recursive: true, force: true }));
  const outboxDir = path.join(tempDir, "outbox");
  const authSecret = randomBytes(32).toString("base64url");

  const port = await freePort(Number(process.env.BENCH_PORT) || DEFAULT_PORT);
  const baseUrl = `http://127.0.0.1:${port}`;
  say(`Starting next start on ${baseUrl} (NODE_ENV=production; emails written to a temporary folder)…`);
  server = await startServer({
    port,
    logFile: path.join(tempDir, "next.log"),
    signal,
    profileDir: options.profile ? PROFILE_DIR : undefined,
    env: {
      DATABASE_URL: database.url,
      SITE_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: authSecret,
      EMAIL_OUTBOX_DIR: outboxDir,
      SMTP_URL: "",
    },
  });
  const running = server;
  onCleanup("stop next start", () => running.stop());
  say("The server answers /api/health.");

  const machine = await describeMachine(prisma);
  const sections: SectionRun[] = [];
  for (const scenario of scenarios) {
    checkInterrupted();
    say(`Scenario "${scenario.name}"…`);
    const startedAt = new Date();
    const loadAverage = os.loadavg();
    const result = await scenario.run({
      baseUrl,
      databaseUrl: database.url,
      prisma,
      serverPid: running.pid,
      authSecret,
      outboxDir,
      signal,
      say: (message) => say(`${scenario.name}: ${message}`),
    });
    sections.push({ name: scenario.name, result, startedAt, loadAverage });
  }
  const results: ScenarioResult[] = sections.map((section) => section.result);

  console.log(`\n${machineMarkdown(machine)}\n`);
  for (const result of results) {
    console.log(`${scenarioMarkdown(result)}\n`);
    if (result.diagnostics?.length) console.log(`${result.diagnostics.join("\n")}\n`);
  }

  const failures = failedChecks(results, "fail");
  const warnings = failedChecks(results, "warn");
  for (const warning of warnings) say(`Warning: ${warning}.`);
  if (warnings.length) say("Speed depends on the machine and on what else it is doing: if other work disturbed the run, run it again.");
  if (failures.length) {
    for (const failure of failures) console.error(`[bench] FAILED: ${failure}`);
    console.error(`[bench] The last lines of the server's output:\n${await running.logTail(40)}`);
    say("docs/benchmarks.md is left as it was: these figures come from a run that failed its checks.");
    return 1;
  }
  if (options.profile) {
    await running.stop();
    say(
      `CPU profile of next start (warm-up and measurement included) written to ${path.relative(projectRoot, PROFILE_DIR)}/ (open it in Chrome DevTools or speedscope); figures not recorded, as profiling slows the server.`,
    );
  }
  if (options.docs && !options.profile) {
    const command = `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`;
    const code = machine.find((fact) => fact.label === "Code")?.value ?? "unknown code";
    const merged = mergeResults({
      previous: await readResults(DOCS_FILE),
      date: new Date(),
      machine,
      sections: sections.map((section) => ({ name: section.name, markdown: sectionMarkdown(section, { command, code }) })),
      order: SCENARIOS.map((scenario) => scenario.name),
    });
    await writeResults(DOCS_FILE, merged);
    say(`Results recorded in ${path.relative(projectRoot, DOCS_FILE)}.`);
  }
  say("All checks passed (speed is reported, not asserted).");
  return 0;
}

process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

main(process.argv.slice(2))
  .catch(async (error: unknown) => {
    if (interruption.signal.aborted) return 130;
    if (error instanceof UsageError) console.error(`[bench] ${error.message}`);
    else {
      console.error("[bench] The benchmark failed:", error);
      if (server) console.error(`[bench] The last lines of the server's output:\n${await server.logTail(40)}`);
    }
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    if (interruption.signal.aborted) say("Stopped: the server is down and the benchmark database dropped.");
    process.exit(code);
  });
