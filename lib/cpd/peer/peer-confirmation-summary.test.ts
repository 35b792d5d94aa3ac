import { describe, expect, it } from "vitest";
import { describeConfirmation } from "./peer-confirmation-summary";

const requestedAt = new Date("2031-03-10T12:00:00Z");
const request = { colleagueName: "Gwen Davies", note: "Two social workers, in a breakout room.", status: "PENDING" as const, requestedAt, respondedAt: null };
const day = 24 * 60 * 60_000;

describe("a colleague's confirmation as the entry shows it", () => {
  it("is waiting while its link works, and expired once the link's 30 days are over", () => {
    expect(describeConfirmation(request, request.note, new Date(requestedAt.getTime() + 30 * day - 1)).state).toBe("PENDING");
    expect(describeConfirmation(request, request.note, new Date(requestedAt.getTime() + 30 * day)).state).toBe("EXPIRED");
  });

  it("keeps an answer however old, and says when the note has changed since (spaces at either end aside)", () => {
    const confirmed = { ...request, status: "CONFIRMED" as const, respondedAt: requestedAt };
    const later = new Date(requestedAt.getTime() + 400 * day);
    expect(describeConfirmation(confirmed, ` ${request.note}\n`, later)).toMatchObject({ state: "CONFIRMED", noteChanged: false });
    expect(describeConfirmation(confirmed, "Another note.", later)).toMatchObject({ state: "CONFIRMED", noteChanged: true });
    expect(describeConfirmation(confirmed, null, later).noteChanged).toBe(true);
  });
});
