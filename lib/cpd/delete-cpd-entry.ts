import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";

/** Deletes one of the caller's own entries; false when there is no such entry of theirs. */
export async function deleteCpdEntry(db: PrismaClient, caller: CpdCaller, entryId: string): Promise<boolean> {
  const deleted = await db.cpdEntry.deleteMany({ where: { id: entryId, userId: caller.id } });
  return deleted.count === 1;
}
