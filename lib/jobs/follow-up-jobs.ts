import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { JOB_QUEUE_SCHEMA } from "./job-queue";
import { REGISTRATION_EMAIL_MAX_ATTEMPTS } from "./registration-email-jobs";

// The follow-up after a session: thanks, the feedback form, logging the CPD
// and the session's resources. Queued when attendance is marked (by an
// organiser or by checking in), and sent then, but never before
// FOLLOW_UP_DELAY_MS after the session ends, so someone checked in during a
// session hears after it. Keyed by registration: one job, one email each.

export const SEND_FOLLOW_UP_TASK = "send-follow-up";

export const FOLLOW_UP_DELAY_MS = 60 * 60 * 1000;

export const followUpJobSchema = z.object({ registrationId: z.string().min(1).max(100) });

/** When the follow-up of a session goes, for attendance marked at `now`. */
export function followUpTime(sessionEndsAt: Date, now: Date): Date {
  const earliest = sessionEndsAt.getTime() + FOLLOW_UP_DELAY_MS;
  return new Date(Math.max(earliest, now.getTime()));
}

/**
 * Queues the follow-ups of registrations just marked attended, in the
 * marking's transaction. A registration whose job is already queued keeps it
 * (job_key_mode preserve_run_at); one already followed up is skipped by the task.
 */
export async function queueFollowUps(tx: Prisma.TransactionClient, registrationIds: string[], runAt: Date): Promise<void> {
  if (registrationIds.length === 0) return;
  await tx.$queryRawUnsafe(
    `SELECT ${JOB_QUEUE_SCHEMA}.add_job($1::text, json_build_object('registrationId', id), run_at => $2::timestamptz, max_attempts => $3::int, job_key => 'follow-up-' || id, job_key_mode => 'preserve_run_at')
       FROM unnest($4::text[]) AS id`,
    SEND_FOLLOW_UP_TASK,
    runAt.toISOString(),
    REGISTRATION_EMAIL_MAX_ATTEMPTS,
    registrationIds,
  );
}
