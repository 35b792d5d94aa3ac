import type { PrismaClient } from "../../prisma-client";

/** Access needs are kept this long after their session ends, then deleted (the privacy notice says so). */
export const ACCESS_NEEDS_KEPT_DAYS = 30;

/**
 * Deletes what people said they needed for sessions that ended more than 30
 * days ago, and for bookings since cancelled (nobody needs to arrange
 * anything for them). Run every night by the job worker; returns how many
 * were deleted.
 */
export async function purgeAccessRequests(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ACCESS_NEEDS_KEPT_DAYS * 24 * 60 * 60_000);
  const { count } = await db.accessRequest.deleteMany({
    where: { registration: { OR: [{ status: "CANCELLED" }, { session: { endsAt: { lt: cutoff } } }] } },
  });
  return count;
}
