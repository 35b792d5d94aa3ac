import type { Prisma } from "../generated/prisma/client";
import { countConfirmed, type LockedSession } from "./lock-session";

/**
 * Gives freed places to the people at the front of the waiting list, in
 * order. Call inside a transaction that holds the session's lock, passing the
 * capacity as it is now (after any change made in that transaction). Returns the
 * ids of the registrations promoted, for the emails sent after commit.
 */
export async function promoteFromWaitingList(tx: Prisma.TransactionClient, session: Pick<LockedSession, "id" | "capacity">, now: Date): Promise<string[]> {
  const confirmed = await countConfirmed(tx, session.id);
  const free = session.capacity === null ? Number.MAX_SAFE_INTEGER : session.capacity - confirmed;
  if (free <= 0) return [];
  const next = await tx.registration.findMany({
    where: { sessionId: session.id, status: "WAITLISTED" },
    orderBy: [{ waitlistPosition: "asc" }, { createdAt: "asc" }],
    take: Math.min(free, 1000),
    select: { id: true },
  });
  if (next.length === 0) return [];
  const ids = next.map((registration) => registration.id);
  await tx.registration.updateMany({
    where: { id: { in: ids } },
    data: { status: "CONFIRMED", waitlistPosition: null, promotedAt: now },
  });
  return ids;
}
