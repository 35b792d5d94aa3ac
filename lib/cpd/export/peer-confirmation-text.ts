import { localDayKey } from "../../programme/event-time";
import type { PeerConfirmationSummary } from "../peer/peer-confirmation-summary";
import { fill, type ExportWords } from "./export-labels";

const SENTENCE = { CONFIRMED: "peerConfirmed", DECLINED: "peerDeclined", PENDING: "peerPending", EXPIRED: "peerExpired" } as const;

/** A colleague's answer (or the request still waiting) in one line, in each of the export's languages. */
export function peerConfirmationText(w: ExportWords, confirmation: PeerConfirmationSummary): string {
  const answered = confirmation.state === "CONFIRMED" || confirmation.state === "DECLINED";
  const day = localDayKey((answered && confirmation.respondedAt) || confirmation.requestedAt, "Europe/London");
  return w.each((language) => {
    const sentence = fill(language.export[SENTENCE[confirmation.state]], { name: confirmation.colleagueName, date: language.day(day) });
    return confirmation.noteChanged ? `${sentence} ${language.export.peerEarlierNote}` : sentence;
  });
}
