// What the fault drills share: how their servers are started (to be killed),
// plain HTTP requests that report "no answer" instead of throwing, signed-in
// people, tables, and a cleanup list that runs however a drill ends.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../../lib/prisma-client";
import type { RunningServer, ServerOptions } from "../support/server";

/** A failed check: the drill goes on to report the rest, then the run exits non-zero. */
export type Check = { name: string; ok: boolean; detail: string };

export function check(name: string, ok: boolean, detail: string): Check {
  return { name, ok, detail };
}

// ---------------------------------------------------------------------------
// Cleanup that runs on success, failure and Ctrl-C alike

const cleanups: Array<() => Promise<void>> = [];

export function cleanupMark(): number {
  return cleanups.length;
}

/** Registers work to undo; it runs last-in first-out from runCleanups(). */
export function onCleanup(work: () => Promise<void>) {
  cleanups.push(work);
}

/** Undoes what was registered since `mark` (from cleanupMark()), or everything. */
export async function runCleanups(mark = 0) {
  while (cleanups.length > mark) {
    const work = cleanups.pop();
    await work?.().catch((error: unknown) => console.error(`[drills] cleanup failed: ${describe(error)}`));
  }
}

// ---------------------------------------------------------------------------
// Servers

/**
 * What every drill gives startServer (scripts/support/server.ts): a process
 * group of its own, so that SIGKILL reaches everything the server started,
 * and a place on the cleanup list from the moment it exists, so that it is
 * killed however the drill ends.
 */
export const drillServer = {
  processGroup: true,
  onSpawn: (server: RunningServer) => onCleanup(() => server.kill()),
} satisfies Partial<ServerOptions>;

// ---------------------------------------------------------------------------
// HTTP

export type Answer =
  | { status: number; body: string; ms: number; startedAt: number; endedAt: number }
  | { status: "no answer"; error: string; ms: number; startedAt: number; endedAt: number };

/** Pages are served to browsers differently from crawlers (metadata is streamed), so the drills look like one. */
const BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 cpd-week-drill";

/** One request on its own connection; a reset, refusal or timeout is an answer too ("no answer"). */
export function request(
  baseUrl: string,
  pathname: string,
  options: { method?: string; cookie?: string; timeoutMs?: number; agent?: http.Agent } = {},
): Promise<Answer> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: Answer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    const noAnswer = (error: string) => finish({ status: "no answer", error, ms: Date.now() - startedAt, startedAt, endedAt: Date.now() });
    const headers: Record<string, string> = {
      accept: pathname.startsWith("/api/") ? "application/json" : "text/html",
      "user-agent": BROWSER_USER_AGENT,
    };
    if (options.cookie) headers.cookie = options.cookie;
    const req = http.request(new URL(pathname, baseUrl), { method: options.method ?? "GET", headers, agent: options.agent ?? false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.once("error", (error) => noAnswer(describe(error)));
      response.once("aborted", () => noAnswer("response aborted"));
      response.once("end", () => {
        const endedAt = Date.now();
        finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), ms: endedAt - startedAt, startedAt, endedAt });
      });
    });
    req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error("timed out")));
    req.once("error", (error) => noAnswer(describe(error)));
    req.end();
  });
}

// ---------------------------------------------------------------------------
// People with session cookies (the cookie next-auth sets at sign-in)

// As in lib/auth/session-cookie-policy.ts for a site served over http.
const SESSION_COOKIE = "cpdweek.session-token";
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export type Person = { id: string; email: string; name: string; cookie: string };

export async function createPeople(prisma: PrismaClient, secret: string, group: string, count: number): Promise<Person[]> {
  const domain = `${group}.drill.cpdweek.test`;
  const rows = Array.from({ length: count }, (_, index) => ({
    email: `person-${String(index + 1).padStart(4, "0")}@${domain}`,
    name: `Drill person ${index + 1}`,
  }));
  await prisma.user.createMany({ data: rows });
  const users = await prisma.user.findMany({
    where: { email: { endsWith: `@${domain}` } },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
    orderBy: { email: "asc" },
  });
  return Promise.all(users.map(async (user) => ({ id: user.id, email: user.email, name: user.name, cookie: await sessionCookieFor(secret, user) })));
}

/** A signed-in browser's session cookie for `user`, as the site issues it. */
export async function sessionCookieFor(
  secret: string,
  user: { id: string; email: string; name: string; role: string; sessionVersion: number },
): Promise<string> {
  const token = await encode({
    secret,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** A published week in 2031 with one bookable session of `capacity` places. */
export async function createBookableSession(prisma: PrismaClient, label: string, capacity: number) {
  const stamp = `${label}-${randomBytes(3).toString("hex")}`;
  const event = await prisma.event.create({
    data: {
      slug: `drill-week-${stamp}`,
      title: `Drill week (${label})`,
      summary: "Made by a fault drill.",
      startDate: new Date("2031-06-16T00:00:00Z"),
      endDate: new Date("2031-06-20T00:00:00Z"),
      organiserName: "CPD Week fault drills",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  const session = await prisma.session.create({
    data: {
      eventId: event.id,
      slug: `drill-session-${stamp}`,
      title: `Drill session (${label})`,
      summary: "A session of a fault drill.",
      description: "A session of a fault drill.",
      startsAt: new Date("2031-06-17T10:00:00Z"),
      endsAt: new Date("2031-06-17T11:30:00Z"),
      format: "ONLINE",
      venue: "Online",
      capacity,
      status: "PUBLISHED",
    },
    select: { id: true, slug: true },
  });
  return { eventId: event.id, sessionId: session.id, sessionSlug: session.slug };
}

// ---------------------------------------------------------------------------
// Small things

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code} ${error.message}` : error.message;
  }
  return String(error);
}

export function newSecret() {
  return randomBytes(32).toString("base64url");
}

export async function tempDir(label: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `cpd-drill-${label}-`));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A plain-text table, columns padded to the widest cell. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...cells.slice(1).map(line)].join("\n");
}

/** The same server URL with another host and port (the database behind a proxy). */
export function throughPort(databaseUrl: string, port: number): string {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return url.toString();
}
