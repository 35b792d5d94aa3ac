import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { queueEmailJob } from "./job-queue";
import { REGISTRATION_EMAIL_MAX_ATTEMPTS } from "./registration-email-jobs";

// The thank-you to the front-line host of a practice observation, queued in
// the transaction that saves the observer's first reflection.

export const SEND_OBSERVATION_THANKS_TASK = "send-observation-thanks";

export const observationThanksJobSchema = z.object({ emailId: z.uuid(), bookingId: z.string().min(1).max(100) });

export function queueObservationThanks(tx: Prisma.TransactionClient, bookingId: string): Promise<void> {
  return queueEmailJob(tx, SEND_OBSERVATION_THANKS_TASK, { bookingId }, REGISTRATION_EMAIL_MAX_ATTEMPTS);
}
