// What a benchmark scenario is given and what it hands back. scripts/bench.ts
// prepares one database, one production server and one Prisma client, then
// runs each scenario in turn against them and prints (and records) the figures.
import type { PrismaClient } from "../../lib/prisma-client";

export type BenchContext = {
  /** http://127.0.0.1:<port> of the running `next start`. */
  baseUrl: string;
  /** The benchmark's own, freshly migrated and seeded database. */
  databaseUrl: string;
  /** A client on that database, for inserting data and checking results (a small pool, not the server's). */
  prisma: PrismaClient;
  /** Process id of `next start`, for measuring its CPU use. */
  serverPid: number | undefined;
  /** The NEXTAUTH_SECRET the server was started with, for minting session cookies. */
  authSecret: string;
  /** Where the server writes emails (SMTP_URL is empty), emptied when the run ends. */
  outboxDir: string;
  /** Aborted on Ctrl-C / SIGTERM: stop sending load and return as soon as possible. */
  signal: AbortSignal;
  /** Progress lines, prefixed with the benchmark's name. */
  say(message: string): void;
};

/** One row of a scenario's table. */
export type Figure = {
  label: string;
  value: string;
  /**
   * What the value should be. A figure with `check` is a correctness
   * invariant: "fail" makes the run exit non-zero, "warn" is only flagged.
   * Speed is never a check: targets are reported, not asserted.
   */
  expected?: string;
  check?: { ok: boolean; severity: "fail" | "warn" };
};

export type ScenarioResult = {
  /** Heading for the scenario's table, e.g. "Registration rush". */
  title: string;
  /** One or two sentences: what was measured, and how. */
  description: string;
  figures: Figure[];
  /** Extra lines printed (not recorded) after the table, e.g. samples of refused responses. */
  diagnostics?: string[];
};

export type Scenario = {
  /** Short name, for progress lines, --only and its section of docs/benchmarks.md. */
  name: string;
  /** Other names --only accepts for it. */
  aliases?: string[];
  /** Keys of .next/server/app-paths-manifest.json the scenario needs; a build without them is rebuilt. */
  requiredRoutes: string[];
  /** Runs only when named in --only (a long scenario, such as the 10-minute soak). */
  optIn?: boolean;
  /**
   * Runs before `next start` starts, for what the server only reads at start-up
   * (it lists public/ once). Returns what undoes it, run when the benchmark ends.
   */
  prepare?(say: (message: string) => void): Promise<() => Promise<unknown>>;
  run(context: BenchContext): Promise<ScenarioResult>;
};
