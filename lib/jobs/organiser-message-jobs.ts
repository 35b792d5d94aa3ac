import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { JOB_QUEUE_SCHEMA } from "./job-queue";

// An organiser's message goes out in two steps, both jobs: at its time one
// job lists its recipients (the audience as it is then) and queues one
// delivery job each; each delivery job sends one person's email.

export const DISPATCH_MESSAGE_TASK = "dispatch-organiser-message";
export const DELIVER_MESSAGE_TASK = "deliver-organiser-message";

/**
 * Delivery jobs run after every job of a higher priority (Graphile Worker
 * takes the lowest number first; registration emails have the default, 0): a
 * message to 2,000 people never holds back a booking confirmation queued
 * meanwhile. Their pace is bounded by the workers' concurrency
 * (JOB_CONCURRENCY emails at once per instance, each one exchange with the
 * mail server).
 */
export const MESSAGE_DELIVERY_PRIORITY = 10;

export const MESSAGE_DELIVERY_MAX_ATTEMPTS = 8;

export const dispatchMessageJobSchema = z.object({ messageId: z.string().min(1).max(100) });
export const deliverMessageJobSchema = z.object({ recipientId: z.string().min(1).max(100) });

/** The job that sends a message at its time (now, or later); keyed by the message, so it is queued once. */
export async function queueMessageDispatch(tx: Prisma.TransactionClient, messageId: string, runAt: Date): Promise<void> {
  await tx.$queryRawUnsafe(
    `SELECT id FROM ${JOB_QUEUE_SCHEMA}.add_job($1::text, $2::json, run_at => $3::timestamptz, max_attempts => 5, job_key => $4::text)`,
    DISPATCH_MESSAGE_TASK,
    JSON.stringify({ messageId }),
    runAt.toISOString(),
    `message-${messageId}`,
  );
}

/** Takes a scheduled message's job off the queue (its dispatch would find it cancelled anyway). */
export async function removeMessageDispatch(tx: Prisma.TransactionClient, messageId: string): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT ${JOB_QUEUE_SCHEMA}.remove_job($1::text)`, `message-${messageId}`);
}

/**
 * One delivery job for each recipient still waiting, in one statement (2,000
 * recipients are 2,000 rows of the jobs table, not 2,000 round trips), each
 * keyed by its recipient so that a dispatch run twice queues each once.
 */
export async function queueMessageDeliveries(tx: Prisma.TransactionClient, messageId: string): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<Array<{ queued: number }>>(
    `SELECT count(${JOB_QUEUE_SCHEMA}.add_job($1::text, json_build_object('recipientId', r.id), priority => $2::int, max_attempts => $3::int, job_key => 'message-recipient-' || r.id))::int AS queued
       FROM "MessageRecipient" r WHERE r."messageId" = $4 AND r.status = 'QUEUED'`,
    DELIVER_MESSAGE_TASK,
    MESSAGE_DELIVERY_PRIORITY,
    MESSAGE_DELIVERY_MAX_ATTEMPTS,
    messageId,
  );
  return row?.queued ?? 0;
}
