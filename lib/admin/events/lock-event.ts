import type { Prisma } from "../../generated/prisma/client";

/**
 * Locks the week's row until the transaction ends. Adding a session to the
 * week checks its foreign key against this row, so while we hold the lock no
 * session can arrive (and none can be lost by a cascade) between our checks and our write.
 */
export async function lockEvent(tx: Prisma.TransactionClient, eventId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  return rows.length === 1;
}
