// The job worker as a child process of the web server (scripts/serve.ts):
// kept apart so that nothing it does (a failure of Graphile Worker while the
// database is away, an email library's crash) can stop the site, and run at
// a lower CPU priority so that people's requests come first when
// registration opens; the emails follow within seconds. Started again 10 s
// after it stops by itself.
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { jobWorkerWanted } from "../lib/jobs/job-worker";

export const RESTART_AFTER_MS = 10_000;
const STOP_TIMEOUT_MS = 10_000;
/** Niceness: below the web server's 0, so the scheduler prefers requests. */
const WORKER_PRIORITY = 10;

export function runJobWorkerProcess(environment: NodeJS.ProcessEnv = process.env): { stop(): Promise<void> } | null {
  if (!jobWorkerWanted(environment)) return null;
  let stopped = false;
  let child: ChildProcess | undefined;
  let timer: NodeJS.Timeout | undefined;
  const alive = () => !!child && child.exitCode === null && child.signalCode === null;

  const start = () => {
    child = fork(path.join(__dirname, "job-worker.ts"), [], { env: environment, stdio: "inherit" });
    if (child.pid) {
      try {
        os.setPriority(child.pid, WORKER_PRIORITY);
      } catch {
        // Not allowed here (some containers): it runs at normal priority.
      }
    }
    child.once("exit", (code, signal) => {
      if (stopped) return;
      console.error(`The job worker stopped (${signal ?? `code ${code}`}); starting it again in ${RESTART_AFTER_MS / 1000} s.`);
      timer = setTimeout(start, RESTART_AFTER_MS);
    });
  };
  start();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (!alive() || !child) return;
      const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const late = setTimeout(() => alive() && child!.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(late);
    },
  };
}
