import type { Task } from "graphile-worker";
import { bookingRequestForEmailSelect, requestDeclinedEmail } from "../email/booking-request-messages";
import { sendEmail, type EmailContext } from "../email/send-email";
import { bookingRequestEmailJobSchema } from "./booking-request-email-jobs";

/**
 * Sends the email about a decided request. The email's id is its key in the
 * outbox and its Message-ID (sendEmail), so a job run twice sends once; a
 * request no longer declined (or deleted with its account) gets nothing.
 */
export function sendBookingRequestEmailTask(context: EmailContext): Task {
  return async (payload, helpers) => {
    const parsed = bookingRequestEmailJobSchema.safeParse(payload);
    if (!parsed.success) {
      helpers.logger.error(`Dropped job ${helpers.job.id}: not a booking request email (${parsed.error.issues[0]?.message ?? "invalid"})`);
      return;
    }
    const request = await context.db.bookingRequest.findUnique({ where: { id: parsed.data.requestId }, select: bookingRequestForEmailSelect });
    if (!request || request.status !== "DECLINED") return;
    await sendEmail({ ...requestDeclinedEmail(request, context.siteUrl), key: parsed.data.emailId });
  };
}
