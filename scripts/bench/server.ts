// The production build and the web server (scripts/serve.ts) that the benchmarks run against.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { serveCommand } from "../serve-command";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const NEXT_DIR = path.join(projectRoot, ".next");
const SOURCE_DIRS = ["app", "components", "lib", "messages", "i18n", "public"];
const SOURCE_EXCLUDED = new Set(["lib/generated"]);
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

function nextBin(): string {
  return createRequire(path.join(projectRoot, "package.json")).resolve("next/dist/bin/next");
}

export type BuildDecision = { build: boolean; reason: string };

/**
 * Reuses the existing production build unless asked to build (--build), or
 * there is none, or it lacks a route a scenario needs (it predates that route).
 */
export async function decideBuild(force: boolean, requiredRoutes: string[]): Promise<BuildDecision> {
  if (force) return { build: true, reason: "--build was passed" };
  if (!existsSync(path.join(NEXT_DIR, "BUILD_ID"))) return { build: true, reason: "there is no production build in .next" };
  const manifest = await readFile(path.join(NEXT_DIR, "server", "app-paths-manifest.json"), "utf8")
    .then((text) => JSON.parse(text) as Record<string, string>)
    .catch(() => ({}) as Record<string, string>);
  const missing = requiredRoutes.filter((route) => !(route in manifest));
  if (missing.length) return { build: true, reason: `the build in .next predates ${missing.join(", ")}` };
  return { build: false, reason: "reusing the production build in .next (pass --build to rebuild)" };
}

/** A note when sources changed after the build, since the figures then describe older code. */
export async function staleBuildNote(): Promise<string | undefined> {
  const built = await stat(path.join(NEXT_DIR, "BUILD_ID")).catch(() => undefined);
  if (!built) return undefined;
  const newer: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    if (SOURCE_EXCLUDED.has(relative) || newer.length >= 3) return;
    const entries = await readdir(path.join(projectRoot, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && (await stat(path.join(projectRoot, child))).mtimeMs > built.mtimeMs) newer.push(child);
      if (newer.length >= 3) return;
    }
  };
  for (const dir of SOURCE_DIRS) await walk(dir);
  return newer.length
    ? `Note: sources changed after this build (e.g. ${newer.join(", ")}); pass --build to measure the current code.`
    : undefined;
}

/** `next build`, output shown as it goes; throws when it fails. */
export async function build(databaseUrl: string, signal: AbortSignal): Promise<void> {
  const child = spawn(process.execPath, [nextBin(), "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = () => child.kill("SIGTERM");
  signal.addEventListener("abort", stop, { once: true });
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode, exitSignal) => resolve(exitCode ?? (exitSignal ? 1 : 0)));
  }).finally(() => signal.removeEventListener("abort", stop));
  if (signal.aborted) throw new Error("Interrupted");
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); its output is above.`);
}

/** The preferred port when it is free, otherwise one the system picks. */
export async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(undefined));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : undefined;
        server.close(() => resolve(chosen));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? preferred;
}

export type RunningServer = {
  baseUrl: string;
  pid: number | undefined;
  /** The server's output (stdout and stderr), kept in a file rather than printed: one line per email. */
  logFile: string;
  /** The last lines of the server's output. */
  logTail(lines?: number): Promise<string>;
  /** SIGTERM, then SIGKILL if it has not stopped within 15 s. Safe to call twice. */
  stop(): Promise<void>;
};

export async function startServer(options: {
  port: number;
  env: Record<string, string>;
  logFile: string;
  signal: AbortSignal;
  /** Write a V8 CPU profile (.cpuprofile) of the server to this folder when it stops. */
  profileDir?: string;
  /** Another command than our web server (node and its arguments), e.g. npm start's script; its `PORT` is set. */
  command?: string[];
  /** How long it may take to answer /api/health (npm start migrates and seeds first). */
  readyTimeoutMs?: number;
}): Promise<RunningServer> {
  const { port, logFile } = options;
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile);
  const nodeArgs = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
  const [node = process.execPath, ...args] = options.command ?? serveCommand(port, "127.0.0.1", nodeArgs);
  const child: ChildProcess = spawn(node, args, {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...options.env, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;

  let stopping: Promise<void> | undefined;
  const server: RunningServer = {
    baseUrl,
    pid: child.pid,
    logFile,
    logTail: async (lines = 30) => {
      const text = await readFile(logFile, "utf8").catch(() => "");
      return text.trimEnd().split("\n").slice(-lines).join("\n");
    },
    stop() {
      stopping ??= (async () => {
        if (alive()) {
          child.kill("SIGTERM");
          const timer = setTimeout(() => alive() && child.kill("SIGKILL"), STOP_TIMEOUT_MS);
          await exited;
          clearTimeout(timer);
        }
        await new Promise<void>((resolve) => log.end(resolve));
      })();
      return stopping;
    },
  };

  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  const deadline = Date.now() + readyTimeoutMs;
  while (true) {
    if (options.signal.aborted) {
      await server.stop();
      throw new Error("Interrupted");
    }
    if (!alive()) {
      await server.stop();
      throw new Error(`next start exited with code ${child.exitCode} before it was ready. Its output:\n${await server.logTail()}`);
    }
    const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.status === 200)
      .catch(() => false);
    if (ok) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`next start did not answer /api/health with 200 within ${readyTimeoutMs / 1000} s. Its output:\n${await server.logTail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
