import type { RegistrationStatus } from "../generated/prisma/enums";
import type { PrismaClient } from "../prisma-client";

/** A registration as read for its rank: its session, its status and its stored place in the queue. */
type WaitingEntry = { sessionId: string; status: RegistrationStatus; waitlistPosition: number | null };

/**
 * A registration's place in its session's waiting list, counting from 1 (next
 * to be offered a place), or 0 when it is not on the waiting list (cancelled,
 * promoted, or gone). Stored positions only order the list; people leaving it
 * leave gaps, so the rank is counted among those still waiting rather than
 * stored. Given the registration's id it reads the registration first; given
 * the registration already read (as the waiting-list email has it) it only
 * counts.
 */
export async function waitlistRank(db: PrismaClient, registration: string | WaitingEntry): Promise<number> {
  const entry: WaitingEntry | null =
    typeof registration === "string"
      ? await db.registration.findUnique({ where: { id: registration }, select: { sessionId: true, status: true, waitlistPosition: true } })
      : registration;
  if (!entry || entry.status !== "WAITLISTED") return 0;
  const waiting = { sessionId: entry.sessionId, status: "WAITLISTED" as const };
  // Not expected (booking always numbers the waiting list): counted as last.
  if (entry.waitlistPosition === null) return db.registration.count({ where: waiting });
  const ahead = await db.registration.count({ where: { ...waiting, waitlistPosition: { lt: entry.waitlistPosition } } });
  return ahead + 1;
}
