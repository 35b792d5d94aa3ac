import type { Task } from "graphile-worker";
import { observationForThanksSelect, observationThanksEmail } from "../email/observation-messages";
import { sendEmail, type EmailContext } from "../email/send-email";
import { observationThanksJobSchema } from "./observation-thanks-jobs";

/** Sends the thank-you to an observation's host; its id keys the email, so a job run twice sends once. */
export function sendObservationThanksTask(context: EmailContext): Task {
  return async (payload, helpers) => {
    const parsed = observationThanksJobSchema.safeParse(payload);
    if (!parsed.success) {
      helpers.logger.error(`Dropped job ${helpers.job.id}: not an observation thank-you (${parsed.error.issues[0]?.message ?? "invalid"})`);
      return;
    }
    const booking = await context.db.observationBooking.findUnique({ where: { id: parsed.data.bookingId }, select: observationForThanksSelect });
    if (!booking || booking.status !== "BOOKED") return;
    await sendEmail({ ...observationThanksEmail(booking), key: parsed.data.emailId });
  };
}
