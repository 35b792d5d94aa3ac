import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { queueEmailJob } from "./job-queue";
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

export function queueBookingRequestEmail(tx: Prisma.TransactionClient, email: Omit<BookingRequestEmailJob, "emailId">): Promise<void> {
  return queueEmailJob(tx, SEND_BOOKING_REQUEST_EMAIL_TASK, email, REGISTRATION_EMAIL_MAX_ATTEMPTS);
}
