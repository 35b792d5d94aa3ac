import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { JOB_QUEUE_SCHEMA } from "./job-queue";
import { REGISTRATION_EMAIL_MAX_ATTEMPTS } from "./registration-email-jobs";

// Emails about a request for a place on a session that needs an organiser's
// approval. Approving books a place, so the person gets the usual
// confirmation or waiting-list email; declining has its own, queued here in
// the decision's transaction like every registration email.

export const SEND_BOOKING_REQUEST_EMAIL_TASK = "send-booking-request-email";

export const bookingRequestEmailJobSchema = z.object({
  /** The email's identity: the job's key and the Message-ID, so a retried job is one email. */
  emailId: z.uuid(),
  kind: z.enum(["DECLINED"]),
  requestId: z.string().min(1).max(100),
});

export type BookingRequestEmailJob = z.infer<typeof bookingRequestEmailJobSchema>;

export async function queueBookingRequestEmail(tx: Prisma.TransactionClient, email: Omit<BookingRequestEmailJob, "emailId">): Promise<void> {
  const job: BookingRequestEmailJob = { emailId: randomUUID(), ...email };
  await tx.$queryRawUnsafe(
    `SELECT id FROM ${JOB_QUEUE_SCHEMA}.add_job($1::text, $2::json, max_attempts => $3::int, job_key => $4::text)`,
    SEND_BOOKING_REQUEST_EMAIL_TASK,
    JSON.stringify(job),
    REGISTRATION_EMAIL_MAX_ATTEMPTS,
    job.emailId,
  );
}
