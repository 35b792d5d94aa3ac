import type { PrismaClient } from "../../prisma-client";
import type { CpdCaller } from "../cpd-caller";
import { describeConfirmation, peerConfirmationFields } from "./peer-confirmation-summary";

/**
 * The caller's entry as the "ask a colleague to confirm" page shows it: the
 * note a colleague would see, and the current request with its state. Null
 * unless the entry is the caller's.
 */
export async function getPeerConfirmationPage(db: PrismaClient, caller: CpdCaller, entryId: string, now: Date = new Date()) {
  if (entryId.length > 40) return null;
  const entry = await db.cpdEntry.findFirst({
    where: { id: entryId, userId: caller.id },
    select: {
      id: true,
      registrationId: true,
      title: true,
      activityDate: true,
      peerReflection: true,
      peerNotes: true,
      user: { select: { language: true } },
      peerConfirmation: { select: peerConfirmationFields },
    },
  });
  if (!entry) return null;
  const { peerConfirmation, user, ...rest } = entry;
  return {
    ...rest,
    language: user.language,
    /** A note is there to be confirmed. */
    canAsk: entry.peerReflection && Boolean(entry.peerNotes),
    confirmation: peerConfirmation ? describeConfirmation(peerConfirmation, entry.peerNotes, now) : null,
  };
}
