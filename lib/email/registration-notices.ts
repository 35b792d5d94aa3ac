import type { PrismaClient } from "../prisma-client";
import { rankOnWaitingList } from "../registration/waitlist-rank";
import { loadRegistrationForEmail, type RegistrationForEmail } from "./load-registration";
import { placeConfirmedEmail, registrationCancelledEmail, sessionCancelledEmail, waitlistedEmail } from "./registration-messages";
import { sendEmail, type SentEmail } from "./send-email";

// The registration emails, given a database client and the site's address.
// Kept free of "server-only" (and of lib/db) so that command-line scripts can
// use them with their own client; the app calls registration-emails.ts.
//
// Each loads the registration afresh and sends nothing (returns null) when it
// no longer fits the email, e.g. someone promoted before their waiting-list
// email went out is not told they are waiting.

export type EmailContext = { db: PrismaClient; siteUrl: string };

/** A confirmed place on a session that is still on. */
const holdsPlace = (registration: RegistrationForEmail) => registration.status === "CONFIRMED" && registration.session.status !== "CANCELLED";

export async function notifyPlaceConfirmed(context: EmailContext, registrationId: string): Promise<SentEmail | null> {
  const registration = await loadRegistrationForEmail(context.db, registrationId);
  if (!holdsPlace(registration)) return null;
  return sendEmail(placeConfirmedEmail(registration, context.siteUrl, "confirmed"));
}

export async function notifyWaitlisted(context: EmailContext, registrationId: string): Promise<SentEmail | null> {
  const registration = await loadRegistrationForEmail(context.db, registrationId);
  if (registration.status !== "WAITLISTED") return null;
  const place = await rankOnWaitingList(context.db, { sessionId: registration.session.id, waitlistPosition: registration.waitlistPosition });
  return sendEmail(waitlistedEmail(registration, place, context.siteUrl));
}

export async function notifyPromoted(context: EmailContext, registrationId: string): Promise<SentEmail | null> {
  const registration = await loadRegistrationForEmail(context.db, registrationId);
  if (!holdsPlace(registration)) return null;
  return sendEmail(placeConfirmedEmail(registration, context.siteUrl, "promoted"));
}

/** Sent only once the session is marked cancelled, so nobody is told a running session is off. */
export async function notifySessionCancelled(context: EmailContext, registrationId: string): Promise<SentEmail | null> {
  const registration = await loadRegistrationForEmail(context.db, registrationId);
  if (registration.session.status !== "CANCELLED") return null;
  return sendEmail(sessionCancelledEmail(registration, context.siteUrl));
}

/** Sent after an organiser cancelled someone's registration (never for a cancelled session: that has its own email). */
export async function notifyRegistrationCancelled(context: EmailContext, registrationId: string): Promise<SentEmail | null> {
  const registration = await loadRegistrationForEmail(context.db, registrationId);
  if (registration.status !== "CANCELLED" || registration.session.status === "CANCELLED") return null;
  return sendEmail(registrationCancelledEmail(registration, context.siteUrl));
}
