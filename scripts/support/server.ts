// How the benchmarks and the fault drills start the site: our production web
// server (scripts/serve.ts) by default, or another command such as `npm start`,
// with its output kept in a file, then wait until it answers /api/health.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import { serveCommand } from "../serve-command";
import { projectRoot } from "./project-root";

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;
const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

export type ServerOptions = {
  port: number;
  env: Record<string, string>;
  /** The server's output (stdout and stderr) is appended here rather than printed: one line per email. */
  logFile: string;
  /** Aborting it while the server starts stops the server, and startServer throws "Interrupted". */
  signal?: AbortSignal;
  /** Write a V8 CPU profile (.cpuprofile) of the server to this folder when it stops. */
  profileDir?: string;
  /** Another command than our web server (node and its arguments), e.g. npm start's script; its `PORT` is set. */
  command?: string[];
  /** How long it may take to answer /api/health (npm start migrates and seeds first). Default 120 s. */
  readyTimeoutMs?: number;
  /**
   * The process leads its own process group, so that signal("SIGKILL") and
   * kill() reach everything it started (the drills kill servers on purpose).
   */
  processGroup?: boolean;
  /** Called as soon as the process exists, before it is ready: the drills put its kill() on their cleanup list here. */
  onSpawn?: (server: RunningServer) => void;
};

export type RunningServer = {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** Resolves with the exit code (or 128 + signal) once the process has exited. */
  exited: Promise<number>;
  alive(): boolean;
  /** Sends a signal to the server; SIGKILL goes to its whole group when it leads one. */
  signal(signal: NodeJS.Signals): void;
  /** The last lines of the server's output. */
  logTail(lines?: number): Promise<string>;
  /** SIGTERM, then SIGKILL if it has not stopped within 15 s. Safe to call twice. */
  stop(): Promise<void>;
  /** SIGKILL at once, to the server and anything left in its group. Safe to call twice. */
  kill(): Promise<void>;
};

/** Starts the server on `port` and waits until /api/health answers 200; stops it and throws if it does not. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { port, logFile } = options;
  const nodeArgs = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
  const command = options.command ?? serveCommand(port, "127.0.0.1", nodeArgs);
  const log = createWriteStream(logFile, { flags: "a" });
  const child: ChildProcess = spawn(command[0] ?? process.execPath, command.slice(1), {
    cwd: projectRoot,
    detached: options.processGroup ?? false,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...options.env, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${command.join(" ")}`);
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 0) : 0)));
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  let logClosed: Promise<void> | undefined;
  const closeLog = () => (logClosed ??= new Promise<void>((resolve) => log.end(resolve)));

  let stopping: Promise<void> | undefined;
  let killing: Promise<void> | undefined;
  const server: RunningServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid,
    logFile,
    exited,
    alive,
    signal(signal) {
      if (!alive()) return;
      try {
        // SIGKILL goes to the whole group; other signals to the process, as a supervisor sends them.
        process.kill(signal === "SIGKILL" && options.processGroup ? -pid : pid, signal);
      } catch {
        // Already gone.
      }
    },
    logTail: async (lines = 30) => {
      const text = await readFile(logFile, "utf8").catch(() => "");
      return text.trimEnd().split("\n").slice(-lines).join("\n");
    },
    stop() {
      stopping ??= (async () => {
        if (alive()) {
          server.signal("SIGTERM");
          const timer = setTimeout(() => server.signal("SIGKILL"), STOP_TIMEOUT_MS);
          await exited;
          clearTimeout(timer);
        }
        await closeLog();
      })();
      return stopping;
    },
    kill() {
      killing ??= (async () => {
        if (alive()) {
          server.signal("SIGKILL");
          await exited;
        }
        if (options.processGroup) {
          try {
            process.kill(-pid, "SIGKILL"); // anything left in its group
          } catch {
            // Nothing left.
          }
        }
        await closeLog();
      })();
      return killing;
    },
  };
  options.onSpawn?.(server);

  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  const deadline = Date.now() + readyTimeoutMs;
  while (true) {
    if (options.signal?.aborted) {
      await server.stop();
      throw new Error("Interrupted");
    }
    if (!alive()) {
      await server.stop();
      throw new Error(`The server exited with code ${child.exitCode ?? child.signalCode} before it was ready. Its output:\n${await server.logTail()}`);
    }
    if (await answersHealth(server.baseUrl)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`The server did not answer /api/health with 200 within ${readyTimeoutMs / 1000} s. Its output:\n${await server.logTail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Whether /api/health answers 200, asked on a connection of its own (no
 * keep-alive pool holds the server open after the check); a refusal, reset or
 * 5 s without an answer is a no.
 */
function answersHealth(baseUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(new URL("/api/health", baseUrl), { agent: false, headers: { accept: "application/json" } }, (response) => {
      response.resume();
      response.once("end", () => resolve(response.statusCode === 200));
      response.once("error", () => resolve(false));
    });
    request.setTimeout(5_000, () => request.destroy(new Error("timed out")));
    request.once("error", () => resolve(false));
  });
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
