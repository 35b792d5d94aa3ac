import type { RegistrationEmailKind } from "../generated/prisma/enums";
import type { PrismaClient } from "../prisma-client";
import { rankOnWaitingList } from "../registration/waitlist-rank";
import { findRegistrationForEmail, type RegistrationForEmail } from "./load-registration";
import { placeConfirmedEmail, registrationCancelledEmail, sessionCancelledEmail, waitlistedEmail } from "./registration-messages";
import { sendEmail, type EmailMessage, type SentEmail } from "./send-email";

// The registration emails, given a database client and the site's address.
// Kept free of "server-only" (and of lib/db) so that the job worker and
// command-line scripts can use them with their own client; the app's tests
// call registration-emails.ts.
//
// Each loads the registration afresh and sends nothing (returns null) when it
// no longer fits the email, e.g. someone promoted before their waiting-list
// email went out is not told they are waiting, and a registration deleted
// with its account gets nothing.

export type EmailContext = { db: PrismaClient; siteUrl: string };

export type { RegistrationEmailKind };

/** A confirmed place on a session that is still on. */
const holdsPlace = (registration: RegistrationForEmail) => registration.status === "CONFIRMED" && registration.session.status !== "CANCELLED";

type Compose = (context: EmailContext, registration: RegistrationForEmail) => Promise<EmailMessage | null> | EmailMessage | null;

const compose: Record<RegistrationEmailKind, Compose> = {
  CONFIRMED: (context, registration) => (holdsPlace(registration) ? placeConfirmedEmail(registration, context.siteUrl, "confirmed") : null),
  PROMOTED: (context, registration) => (holdsPlace(registration) ? placeConfirmedEmail(registration, context.siteUrl, "promoted") : null),
  WAITLISTED: async (context, registration) => {
    if (registration.status !== "WAITLISTED") return null;
    const place = await rankOnWaitingList(context.db, { sessionId: registration.session.id, waitlistPosition: registration.waitlistPosition });
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
 * longer fits it or no longer exists. `key` is the email's stable identity
 * (see sendEmail), given by the job queue.
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

export const notifyPlaceConfirmed = (context: EmailContext, registrationId: string) => sendRegistrationEmail(context, { kind: "CONFIRMED", registrationId });
export const notifyWaitlisted = (context: EmailContext, registrationId: string) => sendRegistrationEmail(context, { kind: "WAITLISTED", registrationId });
export const notifyPromoted = (context: EmailContext, registrationId: string) => sendRegistrationEmail(context, { kind: "PROMOTED", registrationId });
export const notifySessionCancelled = (context: EmailContext, registrationId: string) => sendRegistrationEmail(context, { kind: "SESSION_CANCELLED", registrationId });
export const notifyRegistrationCancelled = (context: EmailContext, registrationId: string) =>
  sendRegistrationEmail(context, { kind: "REGISTRATION_CANCELLED", registrationId });
