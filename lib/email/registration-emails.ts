import { siteUrl } from "../env";
import type { PrismaClient } from "../prisma-client";
import { notifyPlaceConfirmed, notifyPromoted, notifyRegistrationCancelled, notifySessionCancelled, notifyWaitlisted } from "./registration-notices";
import { runReminderJob } from "./reminders";
import type { SentEmail } from "./send-email";

// The registration emails, each read through the database client it is
// given. Each returns the email sent, or null when the registration no longer
// fits it (see registration-notices.ts). Sending can fail (mail server down):
// callers that have already saved a booking should catch and log rather than
// undo it.

const context = (db: PrismaClient) => ({ db, siteUrl: siteUrl() });

/** "Your place is confirmed", with the session's calendar file. */
export function sendRegistrationConfirmed(db: PrismaClient, registrationId: string): Promise<SentEmail | null> {
  return notifyPlaceConfirmed(context(db), registrationId);
}

/** "You are on the waiting list", with the person's place in the queue. */
export function sendWaitlisted(db: PrismaClient, registrationId: string): Promise<SentEmail | null> {
  return notifyWaitlisted(context(db), registrationId);
}

/** "A place has come up", with the session's calendar file. */
export function sendPromotedFromWaitingList(db: PrismaClient, registrationId: string): Promise<SentEmail | null> {
  return notifyPromoted(context(db), registrationId);
}

/** "Cancelled", with a calendar file marking the entry cancelled. Send after the session is marked CANCELLED. */
export function sendSessionCancelled(db: PrismaClient, registrationId: string): Promise<SentEmail | null> {
  return notifySessionCancelled(context(db), registrationId);
}

/** "Your place has been cancelled" after an organiser cancelled it, with a calendar file marking it cancelled. */
export function sendRegistrationCancelled(db: PrismaClient, registrationId: string): Promise<SentEmail | null> {
  return notifyRegistrationCancelled(context(db), registrationId);
}

/** The day-before reminders that are due (see reminders.ts for the window). Safe to run twice. */
export function sendDueReminders(db: PrismaClient, now: Date = new Date()): Promise<{ sent: number; failed: number }> {
  return runReminderJob(context(db), now);
}
