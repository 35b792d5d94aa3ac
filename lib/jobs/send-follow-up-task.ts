import type { Task } from "graphile-worker";
import { followUpEmail, registrationForFollowUpSelect } from "../email/follow-up-email";
import { sendEmail, type EmailContext } from "../email/send-email";
import { listSessionResourcesFor } from "../resources/list-session-resources-for";
import { followUpJobSchema } from "./follow-up-jobs";

/**
 * Sends a session's follow-up to one attendee, once: skipped if attendance
 * was unmarked since, the booking cancelled, or it was sent already; marked
 * sent afterwards (a failure is thrown, so the queue tries again).
 */
export function sendFollowUpTask(context: EmailContext): Task {
  return async (payload, helpers) => {
    const parsed = followUpJobSchema.safeParse(payload);
    if (!parsed.success) {
      helpers.logger.error(`Dropped job ${helpers.job.id}: not a follow-up`);
      return;
    }
    const registration = await context.db.registration.findUnique({ where: { id: parsed.data.registrationId }, select: registrationForFollowUpSelect });
    if (!registration || registration.status !== "CONFIRMED" || registration.attendance !== "ATTENDED" || registration.followUpSentAt) return;
    // The slides, recordings and reading this person may see now (a recording only after the session).
    const resources = await listSessionResourcesFor(context.db, registration.session.id, { userId: registration.userId });
    await sendEmail(followUpEmail(registration, context.siteUrl, resources?.shown ?? []));
    await context.db.registration.update({ where: { id: registration.id }, data: { followUpSentAt: new Date() } });
  };
}
