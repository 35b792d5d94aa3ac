// npm run worker    the job worker on its own: registration emails and the daily reminders
//
// `npm start` and `npm run serve` already run one beside the web server, as a
// child process of their own (scripts/job-worker-process.ts); run this
// instead where the web servers are started with JOB_WORKER=off
// (docs/deployment.md). Settings: DATABASE_URL, SITE_URL (for links in
// emails), SMTP_URL and EMAIL_FROM (without SMTP_URL, emails go to the outbox
// folder), JOB_CONCURRENCY. Stops gracefully on SIGTERM or SIGINT: the emails
// being sent are finished, the rest wait in the queue.
//
// When the worker cannot go on (it cannot start because the database is
// down, or Graphile Worker fails while the database is away) it exits with
// code 1 rather than limp on: whatever runs it (the web server, or your
// process manager) starts it again. Nothing is lost: the jobs wait in the
// database, and those it held are taken back (lib/jobs/worker-liveness.ts).
import { startJobWorkerFromEnvironment } from "../lib/jobs/job-worker";

function giveUp(what: string, error: unknown): never {
  console.error(`Job worker: ${what} (${error instanceof Error ? error.message : String(error)}); exiting so that it is started again.`);
  process.exit(1);
}

process.on("unhandledRejection", (error) => giveUp("an operation failed", error));
process.on("uncaughtException", (error) => giveUp("an operation failed", error));

async function main() {
  const worker = await startJobWorkerFromEnvironment({ ...process.env, JOB_WORKER: "on" }).catch((error: unknown) => giveUp("could not start", error));
  if (!worker) return;
  console.log("✓ Job worker running: registration emails and the daily reminders.");
  let stopping = false;
  worker.done.catch((error: unknown) => {
    if (!stopping) giveUp("stopped", error);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: the job worker finishes the emails in progress…`);
    worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // Started by the web server: if it has gone (killed), stop too rather than run on alone.
  if (process.send) process.on("disconnect", () => stop("SIGTERM"));
}

void main();
