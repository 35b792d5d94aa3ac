import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { JOB_QUEUE_SCHEMA } from "./job-queue";
import { REGISTRATION_EMAIL_MAX_ATTEMPTS } from "./registration-email-jobs";

// The thank-you to the front-line host of a practice observation, queued in
// the transaction that saves the observer's first reflection.

export const SEND_OBSERVATION_THANKS_TASK = "send-observation-thanks";

export const observationThanksJobSchema = z.object({ emailId: z.uuid(), bookingId: z.string().min(1).max(100) });

export async function queueObservationThanks(tx: Prisma.TransactionClient, bookingId: string): Promise<void> {
  const job = { emailId: randomUUID(), bookingId };
  await tx.$queryRawUnsafe(
    `SELECT id FROM ${JOB_QUEUE_SCHEMA}.add_job($1::text, $2::json, max_attempts => $3::int, job_key => $4::text)`,
    SEND_OBSERVATION_THANKS_TASK,
    JSON.stringify(job),
    REGISTRATION_EMAIL_MAX_ATTEMPTS,
    job.emailId,
  );
}
