import { LINK_LIFETIME_MS } from "../../auth/email-links";
import type { PrismaClient } from "../../prisma-client";
import type { CpdCaller } from "../cpd-result";

/** What is kept of a request, as its owner sees it (the record, its exports, the personal-data download). */
export const peerConfirmationFields = { colleagueName: true, colleagueEmail: true, note: true, status: true, requestedAt: true, respondedAt: true } as const;

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

export type PeerConfirmationState = "PENDING" | "EXPIRED" | "CONFIRMED" | "DECLINED";

/** A request as the entry shows it: expired when still unanswered after its link's lifetime; noteChanged when the entry's note is no longer what the colleague read. */
export function describeConfirmation(
  request: { colleagueName: string; note: string; status: "PENDING" | "CONFIRMED" | "DECLINED"; requestedAt: Date; respondedAt: Date | null; colleagueEmail?: string },
  currentNote: string | null,
  now: Date,
) {
  const linkLive = request.requestedAt.getTime() + LINK_LIFETIME_MS.PEER_CONFIRMATION > now.getTime();
  const state: PeerConfirmationState = request.status === "PENDING" && !linkLive ? "EXPIRED" : request.status;
  return {
    state,
    colleagueName: request.colleagueName,
    colleagueEmail: request.colleagueEmail,
    requestedAt: request.requestedAt,
    respondedAt: request.respondedAt,
    noteChanged: (currentNote ?? "").trim() !== request.note.trim(),
  };
}

export type PeerConfirmationSummary = ReturnType<typeof describeConfirmation>;
