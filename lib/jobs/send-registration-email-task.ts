import type { Task } from "graphile-worker";
import { findRegistrationForEmail, type RegistrationForEmail } from "../email/load-registration";
import { placeConfirmedEmail, registrationCancelledEmail, sessionCancelledEmail, waitlistedEmail } from "../email/registration-messages";
import { sendEmail, type EmailContext, type EmailMessage, type SentEmail } from "../email/send-email";
import type { EmailDeliveryStatus, RegistrationEmailKind } from "../generated/prisma/enums";
import { waitlistRank } from "../registration/waitlist-rank";
import { registrationEmailJobSchema, type RegistrationEmailJob } from "./registration-email-jobs";

/** A confirmed place on a session that is still on. */
const holdsPlace = (registration: RegistrationForEmail) => registration.status === "CONFIRMED" && registration.session.status !== "CANCELLED";

type Compose = (context: EmailContext, registration: RegistrationForEmail) => Promise<EmailMessage | null> | EmailMessage | null;

/** Each kind's message (registration-messages.ts), or null when the registration no longer fits it. */
const compose: Record<RegistrationEmailKind, Compose> = {
  CONFIRMED: (context, registration) => (holdsPlace(registration) ? placeConfirmedEmail(registration, context.siteUrl, "confirmed") : null),
  PROMOTED: (context, registration) => (holdsPlace(registration) ? placeConfirmedEmail(registration, context.siteUrl, "promoted") : null),
  WAITLISTED: async (context, registration) => {
    if (registration.status !== "WAITLISTED") return null;
    const place = await waitlistRank(context.db, {
      sessionId: registration.session.id,
      status: registration.status,
      waitlistPosition: registration.waitlistPosition,
    });
    return waitlistedEmail(registration, place, context.siteUrl);
  },
  // Sent only once the session is marked cancelled, so nobody is told a running session is off.
  SESSION_CANCELLED: (context, registration) => (registration.session.status === "CANCELLED" ? sessionCancelledEmail(registration, context.siteUrl) : null),
  // After an organiser cancelled someone's place (never for a cancelled session: that has its own email).
  REGISTRATION_CANCELLED: (context, registration) =>
    registration.status === "CANCELLED" && registration.session.status !== "CANCELLED" ? registrationCancelledEmail(registration, context.siteUrl) : null,
};

/**
 * Sends one registration email, or nothing (null) when the registration no
 * longer fits it or no longer exists: it is loaded afresh, so someone
 * promoted before their waiting-list email went out is not told they are
 * waiting, and a registration deleted with its account gets nothing. `key` is
 * the email's stable identity (see sendEmail), given by the job queue.
 */
export async function sendRegistrationEmail(
  context: EmailContext,
  email: { kind: RegistrationEmailKind; registrationId: string; key?: string },
): Promise<SentEmail | null> {
  const registration = await findRegistrationForEmail(context.db, email.registrationId);
  if (!registration) return null;
  const message = await compose[email.kind](context, registration);
  return message ? sendEmail({ ...message, ...(email.key ? { key: email.key } : {}) }) : null;
}

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
