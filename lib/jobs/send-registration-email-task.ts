import type { Task } from "graphile-worker";
import type { EmailDeliveryStatus } from "../generated/prisma/enums";
import { sendRegistrationEmail, type EmailContext } from "../email/registration-notices";
import { registrationEmailJobSchema, type RegistrationEmailJob } from "./registration-email-jobs";

/** Long enough for any mail server's reply, short enough for a table cell. */
const MAX_ERROR_LENGTH = 500;

/**
 * The job that sends one registration email. Before sending it looks for the
 * email's delivery record, so a job run twice (a worker killed after sending
 * but before the queue heard, then its job retried) sends nothing the second
 * time; after each attempt it records what happened, so organisers can see an
 * email that keeps failing (lib/admin/emails).
 */
export function sendRegistrationEmailTask(context: EmailContext): Task {
  return async (payload, helpers) => {
    const parsed = registrationEmailJobSchema.safeParse(payload);
    if (!parsed.success) {
      // Retrying cannot mend a malformed job: say so once and drop it.
      helpers.logger.error(`Dropped job ${helpers.job.id}: not a registration email (${parsed.error.issues[0]?.message ?? "invalid"})`);
      return;
    }
    const job = parsed.data;
    const earlier = await context.db.emailDelivery.findUnique({ where: { id: job.emailId }, select: { status: true } });
    if (earlier?.status === "SENT" || earlier?.status === "SKIPPED") return;

    const attempts = helpers.job.attempts;
    let sent;
    try {
      sent = await sendRegistrationEmail(context, { kind: job.kind, registrationId: job.registrationId, key: job.emailId });
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
      await recordDelivery(context, job, { status: attempts >= helpers.job.max_attempts ? "FAILED" : "RETRYING", attempts, lastError });
      throw error;
    }
    await recordDelivery(context, job, sent ? { status: "SENT", attempts, messageId: sent.id, sentAt: new Date() } : { status: "SKIPPED", attempts });
  };
}

type Delivery = { status: EmailDeliveryStatus; attempts: number; lastError?: string; messageId?: string; sentAt?: Date };

/** Upserts the delivery record; writes nothing when the registration has gone (deleted with its account). */
async function recordDelivery(context: EmailContext, job: RegistrationEmailJob, delivery: Delivery): Promise<void> {
  await context.db.$executeRaw`
    INSERT INTO "EmailDelivery" (id, kind, "registrationId", status, attempts, "lastError", "messageId", "sentAt", "updatedAt")
    SELECT ${job.emailId}, ${job.kind}::"RegistrationEmailKind", r.id, ${delivery.status}::"EmailDeliveryStatus", ${delivery.attempts},
      ${delivery.lastError ?? null}, ${delivery.messageId ?? null}, ${delivery.sentAt ?? null}, now()
    FROM "Registration" r WHERE r.id = ${job.registrationId}
    ON CONFLICT (id) DO UPDATE SET status = excluded.status, attempts = excluded.attempts, "lastError" = excluded."lastError",
      "messageId" = excluded."messageId", "sentAt" = excluded."sentAt", "updatedAt" = now()`;
}
