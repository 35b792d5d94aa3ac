import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";

/** Deletes one of the caller's own recorded discussions; false when there is no such discussion of theirs. */
export async function deleteLearningDiscussion(db: PrismaClient, caller: CpdCaller, discussionId: string): Promise<boolean> {
  const deleted = await db.learningDiscussion.deleteMany({ where: { id: discussionId, userId: caller.id } });
  return deleted.count === 1;
}
