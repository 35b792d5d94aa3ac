import type { Task } from "graphile-worker";
import { messageRecipientForEmailSelect, organiserMessageEmail } from "../email/organiser-message-email";
import { sendEmail, type EmailContext } from "../email/send-email";
import { dispatchMessage } from "../messages/dispatch-message";
import { deliverMessageJobSchema, dispatchMessageJobSchema } from "./organiser-message-jobs";

/** At a message's time: lists its recipients and queues their deliveries (dispatch-message.ts). */
export function dispatchOrganiserMessageTask(context: EmailContext): Task {
  return async (payload, helpers) => {
    const parsed = dispatchMessageJobSchema.safeParse(payload);
    if (!parsed.success) {
      helpers.logger.error(`Dropped job ${helpers.job.id}: not a message to dispatch`);
      return;
    }
    const queued = await dispatchMessage(context.db, parsed.data.messageId);
    helpers.logger.info(`Queued ${queued} email(s) of message ${parsed.data.messageId}`);
  };
}

/**
 * Sends one person their copy of a message, keyed by their recipient row (the
 * Message-ID), and records the outcome on that row: the organiser's counts of
 * delivered and failed are read from there. A failed attempt is thrown, so the
 * queue tries again later; after the last one the row says FAILED.
 */
export function deliverOrganiserMessageTask(context: EmailContext): Task {
  return async (payload, helpers) => {
    const parsed = deliverMessageJobSchema.safeParse(payload);
    if (!parsed.success) {
      helpers.logger.error(`Dropped job ${helpers.job.id}: not a message delivery`);
      return;
    }
    const recipient = await context.db.messageRecipient.findUnique({ where: { id: parsed.data.recipientId }, select: messageRecipientForEmailSelect });
    // Gone with the person's account, or already delivered by an earlier run of this job.
    if (!recipient || recipient.status === "SENT") return;
    try {
      await sendEmail(organiserMessageEmail(recipient, context.siteUrl));
    } catch (error) {
      const last = helpers.job.attempts >= helpers.job.max_attempts;
      await context.db.messageRecipient.update({
        where: { id: recipient.id },
        data: {
          attempts: { increment: 1 },
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
          ...(last ? { status: "FAILED" } : {}),
        },
      });
      throw error;
    }
    await context.db.messageRecipient.update({
      where: { id: recipient.id },
      data: { status: "SENT", attempts: { increment: 1 }, sentAt: new Date(), lastError: null },
    });
  };
}
