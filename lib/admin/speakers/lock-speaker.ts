import type { Prisma } from "../../generated/prisma/client";

/** Locks the speaker's row: adding them to a session checks its foreign key against it, so none can be added mid-delete. */
export async function lockSpeaker(tx: Prisma.TransactionClient, speakerId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Speaker" WHERE id = ${speakerId} FOR UPDATE`;
  return rows.length === 1;
}
