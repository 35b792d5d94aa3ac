// npm run worker    the job worker on its own: registration emails and the daily reminders
//
// `npm start` and `npm run serve` already run a worker beside the web server;
// run this instead where the web servers are started with JOB_WORKER=off
// (docs/deployment.md). Settings: DATABASE_URL, SITE_URL (for links in
// emails), SMTP_URL and EMAIL_FROM (without SMTP_URL, emails go to the outbox
// folder), JOB_CONCURRENCY. Stops gracefully on SIGTERM or SIGINT: the
// emails being sent are finished, the rest wait in the queue.
import { startJobWorkerFromEnvironment } from "../lib/jobs/job-worker";

async function main() {
  const worker = await startJobWorkerFromEnvironment({ ...process.env, JOB_WORKER: "on" });
  if (!worker) return;
  console.log("✓ Job worker running: registration emails and the daily reminders.");
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the jobs in progress…`);
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
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
