import { LINK_LIFETIME_MS } from "../../auth/email-links";

/** What is kept of a request, as its owner sees it (the record, its exports, the personal-data download). */
export const peerConfirmationFields = { colleagueName: true, colleagueEmail: true, note: true, status: true, requestedAt: true, respondedAt: true } as const;

export type PeerConfirmationState = "PENDING" | "EXPIRED" | "CONFIRMED" | "DECLINED";

/** A request as the entry shows it: expired when still unanswered after its link's lifetime; noteChanged when the entry's note is no longer what the colleague read. */
export function describeConfirmation(
  request: {
    colleagueName: string;
    note: string;
    status: "PENDING" | "CONFIRMED" | "DECLINED";
    requestedAt: Date;
    respondedAt: Date | null;
    colleagueEmail?: string;
  },
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
