// The job queue in integration tests: emails are queued in the transaction
// that causes them and sent by the job worker, so a test that checks what
// was emailed runs the queue first.
import { prisma } from "../../lib/db";
import { siteUrl } from "../../lib/env";
import { JOB_QUEUE_SCHEMA } from "../../lib/jobs/job-queue";
import { runDueJobs } from "../../lib/jobs/job-worker";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (the Vitest global setup sets it)");
  return url;
}

/** Sends every email queued so far (and runs any other job that is due), then returns. */
export async function sendQueuedEmails(): Promise<void> {
  await runDueJobs({ databaseUrl: databaseUrl(), siteUrl: siteUrl() });
}

/** Forgets every queued job: earlier tests' bookings queue emails that a later test must not receive. */
export async function discardQueuedJobs(): Promise<void> {
  await prisma.$queryRawUnsafe(`SELECT ${JOB_QUEUE_SCHEMA}.complete_jobs(ARRAY(SELECT id FROM ${JOB_QUEUE_SCHEMA}.jobs))`);
}

/** The jobs waiting in the queue, for tests that check what a change queued. */
export async function queuedJobs(): Promise<Array<{ task: string; payload: unknown; attempts: number; lastError: string | null }>> {
  return prisma.$queryRawUnsafe(
    `SELECT t.identifier AS task, j.payload, j.attempts, j.last_error AS "lastError"
     FROM ${JOB_QUEUE_SCHEMA}._private_jobs j JOIN ${JOB_QUEUE_SCHEMA}._private_tasks t ON t.id = j.task_id ORDER BY j.id`,
  );
}
