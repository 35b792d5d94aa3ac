import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { RegistrationEmailKind } from "../generated/prisma/enums";
import { JOB_QUEUE_SCHEMA } from "./job-queue";

export const SEND_REGISTRATION_EMAIL_TASK = "send-registration-email";

/**
 * Attempts before an email counts as failed. Graphile Worker waits
 * exp(attempt) seconds between attempts (3 s, 7 s, 20 s … 18 min), so eight
 * attempts span about 45 minutes: long enough to ride out a mail server's
 * restart, short enough that an organiser hears of a real fault the same day.
 */
export const REGISTRATION_EMAIL_MAX_ATTEMPTS = 8;

export const registrationEmailJobSchema = z.object({
  /** The email's identity: the job's key, the delivery record's id and the Message-ID. */
  emailId: z.uuid(),
  kind: z.enum(RegistrationEmailKind),
  registrationId: z.string().min(1).max(100),
});

export type RegistrationEmailJob = z.infer<typeof registrationEmailJobSchema>;
export type RegistrationEmail = Omit<RegistrationEmailJob, "emailId">;

/**
 * Queues registration emails inside the caller's transaction: they are sent
 * (by the job worker, with retries) only if it commits, and a crash after
 * the commit cannot lose them. One statement however many emails.
 */
export async function queueRegistrationEmails(tx: Prisma.TransactionClient, emails: RegistrationEmail[]): Promise<void> {
  if (emails.length === 0) return;
  const jobs: RegistrationEmailJob[] = emails.map((email) => ({ emailId: randomUUID(), kind: email.kind, registrationId: email.registrationId }));
  await tx.$queryRawUnsafe(
    `SELECT count(*)::int AS queued FROM ${JOB_QUEUE_SCHEMA}.add_jobs(ARRAY(
       SELECT ROW($1::text, job, NULL::text, NULL::timestamptz, $2::int, job->>'emailId', NULL::int, NULL::text[])::${JOB_QUEUE_SCHEMA}.job_spec
       FROM json_array_elements($3::json) AS job))`,
    SEND_REGISTRATION_EMAIL_TASK,
    REGISTRATION_EMAIL_MAX_ATTEMPTS,
    JSON.stringify(jobs),
  );
}

export const promotionEmails = (registrationIds: string[]): RegistrationEmail[] =>
  registrationIds.map((registrationId) => ({ kind: "PROMOTED", registrationId }));
