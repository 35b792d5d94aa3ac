// npm start: CPD Week with no configuration.
//
//   npm start                    embedded PostgreSQL (PGlite) kept in .data/pglite
//   DATABASE_URL=postgresql://… npm start     that PostgreSQL server instead
//   PORT=3001 HOST=0.0.0.0 npm start          where the site listens (default 127.0.0.1:3000)
//   npm start -- --no-build  (or SKIP_BUILD=1) use the existing build as it is
//   EMBEDDED_DATA_DIR=/some/folder npm start  keep the embedded database there instead
//
// Applies pending migrations, seeds the demo week into an empty database,
// builds the site when the sources changed since the last build, then runs
// `next start` until Ctrl-C (or SIGTERM), and stops the embedded database
// cleanly so that its data is kept for the next run.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, type Dirent } from "node:fs";
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { Client } from "pg";
import { createPrismaClient } from "../lib/prisma-client";
import { isDatabaseEmpty, seedDemoWeek } from "../prisma/seed/seed-demo-week";
import { serveCommand } from "./serve-command";
import { BUILD_SOURCE_DIRS, BUILD_SOURCE_EXCLUDED, BUILD_SOURCE_FILES } from "./support/build-sources";
import { EmbeddedDatabaseInUseError, startEmbeddedDatabase } from "./support/embedded-database";
import { projectRoot } from "./support/project-root";
import { applyMigrations } from "./support/schema-engine";

const USAGE = "Usage: npm start [-- --no-build]   (settings: DATABASE_URL, PORT, HOST, SKIP_BUILD=1)";
/** EMBEDDED_DATA_DIR moves it (the benchmark's embedded scenario uses a folder of its own). */
const EMBEDDED_DATA_DIR = process.env.EMBEDDED_DATA_DIR ? path.resolve(process.env.EMBEDDED_DATA_DIR) : path.join(projectRoot, ".data", "pglite");
const BUILD_STAMP = path.join(projectRoot, ".next", "cpd-week-source-hash");
const NEXT_STOP_TIMEOUT_MS = 15_000;
const NEXT_READY_TIMEOUT_MS = 120_000;

/** A failure we expect and can explain: printed as one paragraph, no stack trace. */
class StartError extends Error {}
/** Ctrl-C or SIGTERM before the site was running. */
class Interrupted extends Error {}

type Database = { url: string; description: string; stop?: () => Promise<void> };

const state: {
  database?: Database;
  child?: ChildProcess;
  signal?: NodeJS.Signals;
  signalAt: number;
  running: boolean;
} = { signalAt: 0, running: false };

function say(message: string) {
  console.log(`[cpd-week] ${message}`);
}

function checkInterrupted() {
  if (state.signal) throw new Interrupted();
}

function isAlive(child: ChildProcess | undefined): child is ChildProcess {
  return !!child && child.exitCode === null && child.signalCode === null;
}

function onSignal(signal: NodeJS.Signals) {
  if (state.signal) {
    // Ctrl-C reaches us through several parents (npm, tsx) at once; only a
    // later, deliberate second Ctrl-C forces the web server down.
    if (Date.now() - state.signalAt > 1500 && isAlive(state.child)) {
      say("Forcing the web server to stop…");
      state.child.kill("SIGKILL");
    }
    return;
  }
  state.signal = signal;
  state.signalAt = Date.now();
  say(state.running ? "Stopping CPD Week…" : `Interrupted (${signal}); cleaning up…`);
  if (isAlive(state.child)) state.child.kill(signal);
}

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== "--no-build");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length) throw new StartError(`Unknown argument: ${unknown.join(" ")}. ${USAGE}`);

  // The same .env files `next start` reads, so that a DATABASE_URL kept there
  // is used here too (variables already set in the environment win).
  const { loadedEnvFiles } = loadEnvConfig(projectRoot, false, { info: () => undefined, error: console.error });
  if (loadedEnvFiles.length) say(`Settings read from ${loadedEnvFiles.map((file) => file.path).join(", ")}`);

  const skipBuild = args.includes("--no-build") || ["1", "true", "yes"].includes(process.env.SKIP_BUILD ?? "");
  const port = parsePort(process.env.PORT);
  const host = process.env.HOST || "127.0.0.1";

  // Sessions are signed with a secret; without one configured, make one once
  // and keep it beside the embedded data so that sign-ins survive a restart.
  process.env.NEXTAUTH_SECRET ||= await loadOrCreateAuthSecret();
  process.env.NEXTAUTH_URL ||= process.env.SITE_URL || `http://localhost:${port}`;

  // Before anything slow: a taken port would otherwise fail only after the build.
  await checkPortFree(port, host);

  const database = await openDatabase(process.env.DATABASE_URL);
  state.database = database;
  checkInterrupted();

  await migrate(database);
  checkInterrupted();
  await seedIfEmpty(database);
  checkInterrupted();

  if (skipBuild) {
    say("Skipping the build check (--no-build / SKIP_BUILD).");
    if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
      say("Note: .next holds no production build, so next start will refuse to start.");
    }
  } else {
    await buildIfChanged(database);
  }
  checkInterrupted();

  return runSite(database, port, host, skipBuild);
}

// ---------------------------------------------------------------------------
// Database

async function openDatabase(databaseUrl: string | undefined): Promise<Database> {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new StartError(
        "DATABASE_URL must be a postgresql:// URL, e.g. postgresql://postgres@127.0.0.1:5432/cpd_week. " + "Unset it to use the embedded database.",
      );
    }
    const server = serverAddress(databaseUrl);
    const description = `PostgreSQL at ${server}`;
    say(`Using ${description} (DATABASE_URL).`);
    await checkServer(databaseUrl, server);
    return { url: databaseUrl, description };
  }

  const relativeDir = path.relative(projectRoot, EMBEDDED_DATA_DIR);
  const firstRun = !existsSync(path.join(EMBEDDED_DATA_DIR, "PG_VERSION"));
  say(
    firstRun
      ? `No DATABASE_URL set: creating the embedded database (PGlite) in ${relativeDir} (first run, a few seconds)…`
      : `No DATABASE_URL set: starting the embedded database (PGlite) in ${relativeDir}…`,
  );
  try {
    const embedded = await startEmbeddedDatabase({ dataDir: EMBEDDED_DATA_DIR });
    say(`Embedded database listening on 127.0.0.1:${embedded.port}.`);
    return {
      url: embedded.url,
      description: `embedded PGlite in ${relativeDir}`,
      stop: embedded.stop,
    };
  } catch (error) {
    if (error instanceof EmbeddedDatabaseInUseError) {
      throw new StartError(
        `The embedded database in ${relativeDir} is already open in another process (pid ${error.pid}), ` +
          "probably another `npm start` of CPD Week. Only one process may use that folder at a time: " +
          "stop the other one first, or set DATABASE_URL to use a PostgreSQL server instead.",
      );
    }
    throw new StartError(
      `The embedded database in ${relativeDir} could not be started: ${shortMessage(error)}. ` +
        `If the folder is damaged, move it aside (mv ${relativeDir} ${relativeDir}.broken) and run npm start again ` +
        "to create a fresh demo database, or set DATABASE_URL to use a PostgreSQL server.",
    );
  }
}

/** Connects once so that the usual mistakes get a plain explanation instead of a migration error. */
async function checkServer(databaseUrl: string, server: string) {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const detail = shortMessage(error);
    let explanation: string;
    if (code === "ECONNREFUSED") {
      explanation = `Nothing accepts connections at ${server.replace(/\/.*$/, "")}. Is the PostgreSQL server running?`;
    } else if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
      explanation = `The host name in DATABASE_URL cannot be resolved (${detail}).`;
    } else if (code === "28P01" || code === "28000") {
      explanation = `PostgreSQL refused the user name or password in DATABASE_URL (${detail}).`;
    } else if (code === "3D000") {
      const name = new URL(databaseUrl).pathname.slice(1);
      explanation = `The database "${decodeURIComponent(name)}" does not exist on that server; create it first (e.g. createdb ${decodeURIComponent(name)}).`;
    } else {
      explanation = `Could not connect to PostgreSQL at ${server}: ${detail}.`;
    }
    throw new StartError(`${explanation} Fix DATABASE_URL, or unset it to use the embedded database.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function migrate(database: Database) {
  say("Applying database migrations…");
  let applied: string[];
  try {
    applied = await applyMigrations(database.url);
  } catch (error) {
    throw new StartError(
      `Applying the database migrations to ${database.description} failed: ${shortMessage(error)}. ` +
        "Nothing after the failing migration was applied; fix the cause and run npm start again.",
    );
  }
  say(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}.` : "Database schema is up to date.");
}

async function seedIfEmpty(database: Database) {
  const prisma = createPrismaClient(database.url, { max: 2 });
  try {
    if (await isDatabaseEmpty(prisma)) {
      say("The database is empty: adding the demo week…");
      await seedDemoWeek(prisma);
      say("Demo week added.");
    } else {
      say("The database already has data: not seeding.");
    }
  } catch (error) {
    throw new StartError(
      `Adding the demo week to ${database.description} failed: ${shortMessage(error)}. ` + "The seed runs in one transaction, so nothing was written.",
    );
  } finally {
    await prisma.$disconnect().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------
// Build

async function buildIfChanged(database: Database) {
  const hash = await sourceHash();
  const hasBuild = existsSync(path.join(projectRoot, ".next", "BUILD_ID"));
  const stamp = hasBuild ? (await readFile(BUILD_STAMP, "utf8").catch(() => "")).trim() : "";
  if (stamp === hash) {
    say("The build is up to date.");
    return;
  }
  say(hasBuild && stamp ? "The sources changed since the last build: building the site…" : "Building the site (next build)…");
  const nextBin = createRequire(path.join(projectRoot, "package.json")).resolve("next/dist/bin/next");
  const code = await runChild("next build", [process.execPath, nextBin, "build"], {
    DATABASE_URL: database.url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  checkInterrupted();
  if (code !== 0) {
    throw new StartError(`next build failed (exit code ${code}); its output is above. Fix the error and run npm start again.`);
  }
  // The hash taken before the build: an edit made while it ran makes the next start build again.
  await writeFile(BUILD_STAMP, `${hash}\n`);
  say("Build finished.");
}

/** SHA-256 over the paths and contents of everything the build depends on. */
async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const add = async (relative: string) => {
    hash.update(`${relative}\0`);
    hash.update(await readFile(path.join(projectRoot, relative)));
    hash.update("\0");
  };
  for (const dir of BUILD_SOURCE_DIRS) {
    for (const file of await listFiles(dir)) await add(file);
  }
  for (const file of BUILD_SOURCE_FILES) {
    if (existsSync(path.join(projectRoot, file))) await add(file);
  }
  // Public variables are written into the client bundle at build time.
  for (const [key, value] of Object.entries(process.env).sort(([a], [b]) => a.localeCompare(b))) {
    if (key.startsWith("NEXT_PUBLIC_")) hash.update(`env:${key}=${value ?? ""}\0`);
  }
  return hash.digest("hex");
}

async function listFiles(relativeDir: string): Promise<string[]> {
  if (BUILD_SOURCE_EXCLUDED.has(relativeDir)) return [];
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(projectRoot, relativeDir), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name === ".DS_Store" || entry.name === "Thumbs.db") continue;
    const relative = path.posix.join(relativeDir, entry.name);
    const isDirectory = entry.isSymbolicLink() ? (await stat(path.join(projectRoot, relative)).catch(() => undefined))?.isDirectory() : entry.isDirectory();
    if (isDirectory) files.push(...(await listFiles(relative)));
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(relative);
  }
  return files;
}

// ---------------------------------------------------------------------------
// Session secret

async function loadOrCreateAuthSecret(): Promise<string> {
  const file = path.join(projectRoot, ".data", "auth-secret");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing.length >= 32) return existing;
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  say("Made a session secret in .data/auth-secret (set NEXTAUTH_SECRET to choose your own).");
  return secret;
}

// ---------------------------------------------------------------------------
// Web server

async function runSite(database: Database, port: number, host: string, skipBuild: boolean): Promise<number> {
  const exited = runChild("the web server", serveCommand(port, host), {
    DATABASE_URL: database.url,
    PORT: String(port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const ready = await Promise.race([waitForServer(port, host).then(() => true), exited.then(() => false)]);
  if (ready) {
    state.running = true;
    const address = siteAddress(port, host);
    console.log("");
    console.log(`CPD Week is running at ${address}  (database: ${database.description})`);
    if (host === "0.0.0.0" || host === "::") console.log(`Listening on every network interface (HOST=${host}).`);
    console.log("Press Ctrl-C to stop.");
    console.log("");
  }
  const code = await exited;
  if (state.signal) return state.running ? 0 : signalExitCode(state.signal);
  console.error(
    `\n[cpd-week] The web server (scripts/serve.ts) ${state.running ? "stopped" : "could not start and stopped"} ` +
      `by itself with exit code ${code}; its output is above.` +
      (skipBuild && !state.running ? " If it found no production build, run npm start without --no-build / SKIP_BUILD." : "") +
      "\n",
  );
  return code;
}

/** Runs a command (node and its arguments) with inherited output; resolves with its exit code. */
function runChild(label: string, [command = process.execPath, ...args]: string[], env: Record<string, string>): Promise<number> {
  const child = spawn(command, args, {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  state.child = child;
  return new Promise<number>((resolve, reject) => {
    let forceTimer: NodeJS.Timeout | undefined;
    child.once("error", (error) => reject(new StartError(`Could not run ${label}: ${error.message}.`)));
    child.once("exit", (code, signal) => {
      clearTimeout(forceTimer);
      if (state.child === child) state.child = undefined;
      resolve(code ?? (signal ? 128 + (signalNumber(signal) ?? 0) : 1));
    });
    // If a stop was asked for while it was starting, or it does not stop in time.
    const watchdog = setInterval(() => {
      if (!state.signal) return;
      clearInterval(watchdog);
      if (isAlive(child)) child.kill(state.signal);
      forceTimer = setTimeout(() => {
        if (isAlive(child)) {
          say(`${label} did not stop within ${NEXT_STOP_TIMEOUT_MS / 1000} s; killing it.`);
          child.kill("SIGKILL");
        }
      }, NEXT_STOP_TIMEOUT_MS);
    }, 200);
    child.once("exit", () => clearInterval(watchdog));
  });
}

/** Resolves once the server answers HTTP (any status); never resolves if it does not come up. */
async function waitForServer(port: number, host: string) {
  const probeHost = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  const deadline = Date.now() + NEXT_READY_TIMEOUT_MS;
  while (Date.now() < deadline && isAlive(state.child) && !state.signal) {
    const answered = await new Promise<boolean>((resolve) => {
      const request = http.get({ host: probeHost, port, path: "/api/health", timeout: 10_000 }, (response) => {
        response.resume();
        resolve(true);
      });
      request.once("timeout", () => request.destroy());
      request.once("error", () => resolve(false));
    });
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Not answering: it exited (the caller sees that) or is very slow; the banner is skipped.
  await new Promise(() => undefined);
}

function checkPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new StartError(
            `Port ${port} on ${host} is already in use, perhaps by another CPD Week or development server. ` +
              `Stop that program, or choose another port, e.g. PORT=${port === 3000 ? 3001 : port + 1} npm start.`,
          ),
        );
      } else if (error.code === "EACCES") {
        reject(new StartError(`Not allowed to listen on port ${port} (ports below 1024 need extra privileges). Choose another with PORT=3000.`));
      } else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") {
        reject(new StartError(`HOST=${host} is not an address of this machine. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`));
      } else {
        reject(new StartError(`Cannot listen on ${host}:${port}: ${error.message}.`));
      }
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve()));
  });
}

function parsePort(value: string | undefined): number {
  if (!value) return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`PORT must be a number from 1 to 65535, not "${value}".`);
  }
  return port;
}

function siteAddress(port: number, host: string): string {
  if (["127.0.0.1", "localhost", "0.0.0.0", "::", "::1"].includes(host)) return `http://localhost:${port}`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

// ---------------------------------------------------------------------------
// Helpers

/** host:port/database of a server URL; never the user's password. */
function serverAddress(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const host = url.hostname || url.searchParams.get("host") || "localhost";
    return `${decodeURIComponent(host)}:${url.port || "5432"}/${decodeURIComponent(url.pathname.slice(1))}`;
  } catch {
    return "DATABASE_URL (not a URL that can be read)";
  }
}

/** The first lines of an error message, without the engine's long logs. */
function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const text = lines
    .slice(0, 3)
    .join(" ")
    .replace(/[.\s]+$/, "");
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return ({ SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 } as Partial<Record<NodeJS.Signals, number>>)[signal];
}

function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (signalNumber(signal) ?? 0);
}

async function stopDatabase() {
  const database = state.database;
  if (!database?.stop) return;
  state.database = undefined;
  say("Stopping the embedded database…");
  try {
    await database.stop();
    say("Embedded database stopped; its data is kept for the next start.");
  } catch (error) {
    console.error(`[cpd-week] The embedded database did not stop cleanly: ${shortMessage(error)}`);
  }
}

process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
process.on("SIGHUP", onSignal);
// Never leave a web server running without us (and its database).
process.on("exit", () => {
  if (isAlive(state.child)) state.child.kill("SIGTERM");
});

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof Interrupted) return signalExitCode(state.signal ?? "SIGINT");
    if (error instanceof StartError) {
      console.error(`\nCPD Week could not start. ${error.message}\n`);
      return 1;
    }
    console.error("\nCPD Week could not start because of an unexpected error:");
    console.error(error);
    return 1;
  })
  .then(async (code) => {
    if (isAlive(state.child)) {
      state.child.kill("SIGTERM");
      await new Promise((resolve) => state.child?.once("exit", resolve) ?? resolve(undefined));
    }
    await stopDatabase();
    process.exit(code);
  });
