import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import type { EmailDeliveryStatus, RegistrationEmailKind } from "../../generated/prisma/enums";
import { JOB_QUEUE_SCHEMA } from "../../jobs/job-queue";
import { SEND_REGISTRATION_EMAIL_TASK } from "../../jobs/registration-email-jobs";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";

/** The most emails the page lists; the counts above the list are always complete. */
export const EMAIL_PROBLEMS_LIMIT = 200;

/**
 * How long an email may be due without being picked up before the page says
 * the job worker may have stopped. A running worker is woken at once for a
 * new email and polls every 2 s for retries, so 5 minutes is never normal.
 */
export const WORKER_STALL_AFTER_MS = 5 * 60_000;

const SENT_WINDOW_MS = 7 * 24 * 60 * 60_000;

export type EmailProblem = {
  /** The email's id: its delivery record's and its job's key. */
  id: string;
  kind: RegistrationEmailKind;
  status: Extract<EmailDeliveryStatus, "RETRYING" | "FAILED">;
  attempts: number;
  lastError: string | null;
  /** When the worker last tried to send it (and recorded the outcome). */
  lastTriedAt: Date;
  /** When the queue will try again (a retrying email whose job is waiting); null otherwise. */
  nextAttemptAt: Date | null;
  /** A worker is trying to send it at this moment. */
  sending: boolean;
  /** A failed email whose job is still in the queue, so "Try again" can work. */
  canRetry: boolean;
  person: { name: string; email: string };
  session: { id: string; title: string; titleCy: string | null };
};

export type EmailQueueOverview = {
  waiting: {
    /** Emails queued and not yet tried. */
    count: number;
    /** When the longest-waiting of them became due; null when none is due. */
    oldestDueAt: Date | null;
  };
  retrying: number;
  failed: number;
  sentLastWeek: number;
  /**
   * How long the most overdue email (waiting, or a retry past its time) has
   * been due without a worker taking it; 0 when none is. A stopped job
   * worker shows here as a number that keeps growing.
   */
  overdueMs: number;
  /** overdueMs is past WORKER_STALL_AFTER_MS: the job worker may not be running. */
  workerMayBeStopped: boolean;
  /** Failed and retrying emails, most recently tried first, at most EMAIL_PROBLEMS_LIMIT. */
  problems: EmailProblem[];
};

type QueueRow = { waiting: number; oldestDueAt: Date | null; oldestOverdueAt: Date | null };
type JobRow = { key: string; runAt: Date; locked: boolean };

/**
 * What the registration-email queue looks like now: how many emails wait,
 * retry, failed and went out, and the failed and retrying ones in detail.
 * Organisers only. `now` is a parameter so that a test can look ahead in time.
 */
export async function emailQueueOverview(db: PrismaClient, actor: CurrentUser, now: Date = new Date()): Promise<EmailQueueOverview> {
  assertOrganiser(actor);
  const [queue, retrying, failed, sentLastWeek, deliveries] = await Promise.all([
    // Graphile Worker counts an attempt when a worker takes the job, so
    // attempts = 0 is "not tried yet", and a job nobody has locked that is
    // due (and not failed for good) is one a running worker would have taken.
    db.$queryRawUnsafe<QueueRow[]>(
      `SELECT count(*) FILTER (WHERE attempts = 0)::int AS waiting,
              min(run_at) FILTER (WHERE attempts = 0 AND run_at <= $2) AS "oldestDueAt",
              min(run_at) FILTER (WHERE locked_at IS NULL AND run_at <= $2) AS "oldestOverdueAt"
         FROM ${JOB_QUEUE_SCHEMA}.jobs
        WHERE task_identifier = $1 AND attempts < max_attempts`,
      SEND_REGISTRATION_EMAIL_TASK,
      now,
    ),
    db.emailDelivery.count({ where: { status: "RETRYING" } }),
    db.emailDelivery.count({ where: { status: "FAILED" } }),
    db.emailDelivery.count({ where: { status: "SENT", sentAt: { gte: new Date(now.getTime() - SENT_WINDOW_MS), lte: now } } }),
    db.emailDelivery.findMany({
      where: { status: { in: ["RETRYING", "FAILED"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: EMAIL_PROBLEMS_LIMIT,
      select: {
        id: true,
        kind: true,
        status: true,
        attempts: true,
        lastError: true,
        updatedAt: true,
        registration: { select: { user: { select: { name: true, email: true } }, session: { select: { id: true, title: true, titleCy: true } } } },
      },
    }),
  ]);
  const jobs = await jobsByKey(
    db,
    deliveries.map((delivery) => delivery.id),
  );
  const oldestOverdueAt = queue[0]?.oldestOverdueAt ?? null;
  const overdueMs = oldestOverdueAt ? Math.max(0, now.getTime() - oldestOverdueAt.getTime()) : 0;
  return {
    waiting: { count: queue[0]?.waiting ?? 0, oldestDueAt: queue[0]?.oldestDueAt ?? null },
    retrying,
    failed,
    sentLastWeek,
    overdueMs,
    workerMayBeStopped: overdueMs > WORKER_STALL_AFTER_MS,
    problems: deliveries.map((delivery): EmailProblem => {
      const job = jobs.get(delivery.id);
      const status = delivery.status === "FAILED" ? "FAILED" : "RETRYING";
      return {
        id: delivery.id,
        kind: delivery.kind,
        status,
        attempts: delivery.attempts,
        lastError: delivery.lastError,
        lastTriedAt: delivery.updatedAt,
        nextAttemptAt: status === "RETRYING" && job && !job.locked ? job.runAt : null,
        sending: status === "RETRYING" && !!job?.locked,
        canRetry: status === "FAILED" && !!job,
        person: delivery.registration.user,
        session: delivery.registration.session,
      };
    }),
  };
}

/** The queue's jobs for these emails (a job's key is its email's id). */
async function jobsByKey(db: PrismaClient, emailIds: string[]): Promise<Map<string, JobRow>> {
  if (emailIds.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<JobRow[]>(
    `SELECT key, run_at AS "runAt", locked_at IS NOT NULL AS locked
       FROM ${JOB_QUEUE_SCHEMA}.jobs
      WHERE task_identifier = $1 AND key = ANY($2::text[])`,
    SEND_REGISTRATION_EMAIL_TASK,
    emailIds,
  );
  return new Map(rows.map((row) => [row.key, row]));
}
