import "server-only";
import { sendPromotedFromWaitingList, sendSessionCancelled } from "../../email/registration-emails";
import type { PrismaClient } from "../../prisma-client";

// Emails about an organiser's change go out after it has committed (the
// notices load each registration afresh and check it still fits). A mail
// problem is logged and never undoes the change; it is counted so the
// organiser can be told how many could not be sent.

async function sendEach(kind: string, registrationIds: string[], send: (id: string) => Promise<unknown>): Promise<{ sent: number; failed: number }> {
  const results = await Promise.allSettled(registrationIds.map((id) => send(id)));
  const failed = results.filter((result) => result.status === "rejected");
  for (const failure of failed) console.error(`Could not send the ${kind} email:`, (failure as PromiseRejectedResult).reason);
  return { sent: results.length - failed.length, failed: failed.length };
}

/** "A place has come up" to each person moved off the waiting list by a change of capacity. */
export function emailPromoted(db: PrismaClient, registrationIds: string[]) {
  return sendEach("promotion", registrationIds, (id) => sendPromotedFromWaitingList(id, db));
}

/** "Cancelled", with a calendar file marking the entry cancelled, to everyone who was booked or waiting. */
export function emailSessionCancelled(db: PrismaClient, registrationIds: string[]) {
  return sendEach("session cancelled", registrationIds, (id) => sendSessionCancelled(id, db));
}
