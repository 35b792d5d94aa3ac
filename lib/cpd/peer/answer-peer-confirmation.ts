import { findLiveLink, spendLink } from "../../auth/email-links";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { peerAnswerSchema } from "./peer-confirmation-schema";

// The colleague's side. Opening the link changes nothing (mail scanners open
// every link first); the page's buttons answer, once.

/** What the colleague sees: who asks, the entry's title and day, and the peer note. Null for a used, expired or unknown link. */
export async function findPeerConfirmationRequest(db: PrismaClient, key: string, secret: unknown, now: Date = new Date()) {
  const link = await findLiveLink(db, key, "PEER_CONFIRMATION", secret, now);
  if (!link?.peerConfirmationId) return null;
  const request = await db.peerConfirmation.findFirst({
    where: { id: link.peerConfirmationId, status: "PENDING" },
    select: { colleagueName: true, title: true, activityDate: true, note: true, entry: { select: { user: { select: { name: true } } } } },
  });
  if (!request) return null;
  return {
    colleagueName: request.colleagueName,
    askedBy: request.entry.user.name,
    title: request.title,
    activityDate: request.activityDate,
    note: request.note,
  };
}

export type AnswerPeerConfirmationResult = Result<{ answer: "CONFIRMED" | "DECLINED" }, "linkInvalid">;

/** Records the answer and uses the link up: of two clicks (or two tabs) exactly one counts. */
export async function answerPeerConfirmation(
  db: PrismaClient,
  key: string,
  input: { token: unknown; answer: unknown },
  now: Date = new Date(),
): Promise<AnswerPeerConfirmationResult> {
  const answer = peerAnswerSchema.safeParse(input.answer);
  if (!answer.success) return { ok: false, refusal: "linkInvalid" };
  return db.$transaction(async (tx) => {
    const link = await spendLink(tx, key, "PEER_CONFIRMATION", input.token, now);
    if (!link?.peerConfirmationId) return { ok: false, refusal: "linkInvalid" } as const;
    const { count } = await tx.peerConfirmation.updateMany({
      where: { id: link.peerConfirmationId, status: "PENDING" },
      data: { status: answer.data, respondedAt: now },
    });
    if (count === 0) return { ok: false, refusal: "linkInvalid" } as const;
    return { ok: true, answer: answer.data } as const;
  });
}
