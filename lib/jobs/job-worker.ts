import { EventEmitter } from "node:events";
import { run, runOnce, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import { runReminderJob } from "../email/reminders";
import type { EmailContext } from "../email/send-email";
import { createPrismaClient } from "../prisma-client";
import { purgeAccessRequests } from "../registration/access-needs/purge-access-requests";
import { SEND_BOOKING_REQUEST_EMAIL_TASK } from "./booking-request-email-jobs";
import { deliverOrganiserMessageTask, dispatchOrganiserMessageTask } from "./deliver-organiser-message-task";
import { SEND_FOLLOW_UP_TASK } from "./follow-up-jobs";
import { isEmbeddedDatabase, jobQueueLogger, JOB_QUEUE_SCHEMA } from "./job-queue";
import { SEND_OBSERVATION_THANKS_TASK } from "./observation-thanks-jobs";
import { DELIVER_MESSAGE_TASK, DISPATCH_MESSAGE_TASK } from "./organiser-message-jobs";
import { SEND_REGISTRATION_EMAIL_TASK } from "./registration-email-jobs";
import { sendBookingRequestEmailTask } from "./send-booking-request-email-task";
import { sendFollowUpTask } from "./send-follow-up-task";
import { sendObservationThanksTask } from "./send-observation-thanks-task";
import { sendRegistrationEmailTask } from "./send-registration-email-task";
import { watchWorkerLiveness } from "./worker-liveness";

export const SEND_REMINDERS_TASK = "send-reminders";

/**
 * The day-before reminders, every day at 08:00 UTC (09:00 in a British
 * summer, 08:00 in winter): see lib/email/reminders.ts for the window each
 * run covers. Graphile Worker's cron runs each tick once however many workers
 * there are; `fill=6h` runs a tick missed while no worker was up, if it is
 * less than 6 hours late.
 */
export const REMINDER_CRONTAB = `0 8 * * * ${SEND_REMINDERS_TASK} ?fill=6h&max=3`;

export const PURGE_ACCESS_NEEDS_TASK = "purge-access-needs";

/**
 * Access needs are deleted 30 days after their session (purge-access-requests.ts):
 * every night at 03:00 UTC, and a missed night is made up within a day.
 */
export const PURGE_ACCESS_NEEDS_CRONTAB = `0 3 * * * ${PURGE_ACCESS_NEEDS_TASK} ?fill=1d&max=1`;

/** Emails sent at once by one worker process; each mostly waits on the mail server. */
export const DEFAULT_JOB_CONCURRENCY = 4;

/**
 * Graphile Worker's batching (https://worker.graphile.org/docs/performance#batching):
 * a worker fetches (and locks) up to twice as many jobs as it runs at once,
 * and jobs finished within 10 ms of each other are marked done in one
 * statement: fewer queries for the queue itself while a rush's emails wait.
 * Jobs held this way are locked in the worker's name like running ones: a
 * worker that stops returns them, and those of a worker that dies are taken
 * back by the liveness sweep (worker-liveness.ts).
 */
function jobBatching(concurrency: number) {
  return { localQueue: { size: concurrency * 2 }, completeJobBatchDelay: 10 };
}

export type JobWorker = {
  stop(): Promise<void>;
  events: WorkerEvents;
  /** Settles when the worker has stopped: resolves after stop(), rejects on a fatal error. */
  done: Promise<void>;
};

/**
 * Runs the job worker in this process until stop(): registration emails as
 * they are queued (PostgreSQL LISTEN wakes it at once) and the daily
 * reminders. Several workers (one per instance) share the queue safely.
 */
export async function startJobWorker(options: { databaseUrl: string; siteUrl: string; concurrency?: number }): Promise<JobWorker> {
  const concurrency = options.concurrency ?? DEFAULT_JOB_CONCURRENCY;
  const embedded = await isEmbeddedDatabase(options.databaseUrl);
  const db = createPrismaClient(options.databaseUrl, { max: concurrency + 1 });
  const context = { db, siteUrl: options.siteUrl };
  const liveness = await watchWorkerLiveness(options.databaseUrl, { embedded });
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked in the name of the worker *pool* (locked_by = workerPool.id,
  // "pool-…"), not of its workers, so the pool's id is the one to claim.
  events.on("pool:create", ({ workerPool }) => {
    liveness.claim(workerPool.id).catch((error: unknown) => console.error("Job worker could not claim its id:", error));
  });
  let runner: Runner;
  try {
    // Jobs a worker of ours was running when it died (before this start) go back to the queue now, not in 4 hours.
    await liveness.sweep();
    runner = await run({
      connectionString: options.databaseUrl,
      schema: JOB_QUEUE_SCHEMA,
      concurrency,
      // One connection per job being run, one for LISTEN, one spare for cron.
      maxPoolSize: concurrency + 2,
      noHandleSignals: true,
      noPreparedStatements: embedded,
      // LISTEN wakes the worker for new jobs; polling is for retries that fall due.
      pollInterval: 2_000,
      logger: jobQueueLogger,
      events,
      taskList: taskList(context),
      crontab: [REMINDER_CRONTAB, PURGE_ACCESS_NEEDS_CRONTAB].join("\n"),
      preset: { worker: jobBatching(concurrency) },
    });
  } catch (error) {
    await liveness.stop();
    await db.$disconnect();
    throw error;
  }
  return {
    events,
    done: runner.promise,
    async stop() {
      await runner.stop();
      await liveness.stop();
      await db.$disconnect();
    },
  };
}

function taskList(context: EmailContext): TaskList {
  return {
    [SEND_REGISTRATION_EMAIL_TASK]: sendRegistrationEmailTask(context),
    [SEND_BOOKING_REQUEST_EMAIL_TASK]: sendBookingRequestEmailTask(context),
    [SEND_OBSERVATION_THANKS_TASK]: sendObservationThanksTask(context),
    [DISPATCH_MESSAGE_TASK]: dispatchOrganiserMessageTask(context),
    [DELIVER_MESSAGE_TASK]: deliverOrganiserMessageTask(context),
    [SEND_FOLLOW_UP_TASK]: sendFollowUpTask(context),
    [PURGE_ACCESS_NEEDS_TASK]: async (_payload, helpers) => {
      helpers.logger.info(`Deleted ${await purgeAccessRequests(context.db)} access need(s) of sessions over 30 days ago or bookings cancelled`);
    },
    [SEND_REMINDERS_TASK]: async (_payload, helpers) => {
      const { sent, failed } = await runReminderJob(context);
      if (failed > 0) throw new Error(`${failed} reminder(s) could not be sent (${sent} sent); the next attempt tries them again`);
      helpers.logger.info(`Sent ${sent} reminder(s)`);
    },
  };
}

/**
 * Runs every job that is due now, then returns: for tests and scripts that
 * want the queue emptied without a worker running (jobs that fail wait for
 * their next attempt, so this returns rather than waiting for them).
 */
export async function runDueJobs(options: { databaseUrl: string; siteUrl: string }): Promise<void> {
  const embedded = await isEmbeddedDatabase(options.databaseUrl);
  const db = createPrismaClient(options.databaseUrl, { max: 2 });
  try {
    await runOnce({
      connectionString: options.databaseUrl,
      schema: JOB_QUEUE_SCHEMA,
      noHandleSignals: true,
      noPreparedStatements: embedded,
      logger: jobQueueLogger,
      taskList: taskList({ db, siteUrl: options.siteUrl }),
    });
    // Graphile Worker records a finished job without waiting for it, so
    // runOnce can return while its last job still shows as locked: wait (a
    // moment at most) until no job is held, so that "returned" means "done".
    for (let waited = 0; waited < 5_000; waited += 20) {
      const [held] = await db.$queryRawUnsafe<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE locked_at IS NOT NULL`,
      );
      if (!held?.count) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await db.$disconnect();
  }
}

/** SITE_URL, else the local address on PORT: the links in emails. Not lib/env's siteUrl(), which checks settings a worker does not need. */
export function siteUrlFromEnvironment(environment: NodeJS.ProcessEnv = process.env): string {
  const url = environment.SITE_URL || `http://localhost:${environment.PORT || "3000"}`;
  if (!URL.canParse(url)) throw new Error("SITE_URL must be an absolute URL such as https://cpdweek.example.org");
  return url.replace(/\/$/, "");
}

/**
 * The job worker a web server runs beside itself unless JOB_WORKER=off (for
 * instances whose worker runs apart, `npm run worker`). JOB_CONCURRENCY
 * overrides DEFAULT_JOB_CONCURRENCY. Null when it is off.
 */
export async function startJobWorkerFromEnvironment(environment: NodeJS.ProcessEnv = process.env): Promise<JobWorker | null> {
  if (!jobWorkerWanted(environment)) return null;
  const databaseUrl = environment.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the job worker needs the site's database.");
  return startJobWorker({ databaseUrl, siteUrl: siteUrlFromEnvironment(environment), concurrency: jobConcurrency(environment) });
}

/** JOB_WORKER: on (the default) or off. */
export function jobWorkerWanted(environment: NodeJS.ProcessEnv = process.env): boolean {
  const setting = (environment.JOB_WORKER ?? "").trim().toLowerCase();
  if (["off", "0", "false", "no"].includes(setting)) return false;
  if (setting && !["on", "1", "true", "yes"].includes(setting)) throw new Error(`JOB_WORKER must be "on" or "off", not "${environment.JOB_WORKER}".`);
  return true;
}

function jobConcurrency(environment: NodeJS.ProcessEnv): number {
  const configured = environment.JOB_CONCURRENCY?.trim();
  if (!configured) return DEFAULT_JOB_CONCURRENCY;
  const count = Number(configured);
  if (!Number.isInteger(count) || count < 1 || count > 100) throw new Error(`JOB_CONCURRENCY must be a whole number from 1 to 100, not "${configured}".`);
  return count;
}
