import type { PrismaClient } from "../prisma-client";
import { reserveAttempt } from "../rate-limit/attempts";

/**
 * Invitation codes one person may try in an hour. Codes the site makes are
 * 10 characters from 31 (about 50 bits), but organisers may type their own
 * ("GWENTPOLICE"), so guessing is slowed down here: enough for typing
 * mistakes, far too few for a search.
 */
export const MAX_INVITATION_CODE_ATTEMPTS_PER_HOUR = 20;

/** Counts one try of a code by this person; false when they have tried too many this hour. */
export async function reserveInvitationCodeAttempt(db: PrismaClient, userId: string, now: Date = new Date()): Promise<boolean> {
  const verdict = await reserveAttempt(db, [{ key: `invitation-code:${userId}`, max: MAX_INVITATION_CODE_ATTEMPTS_PER_HOUR, windowMs: 60 * 60_000 }], now);
  return verdict.allowed;
}
