import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";
import type { RecordFilter } from "./record-filter";

/** The caller's recorded discussions of their learning with a manager or supervisor in the date range, newest first. */
export async function listLearningDiscussions(db: PrismaClient, caller: CpdCaller, filter: RecordFilter) {
  const discussedOn = {
    ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
    ...(filter.to ? { lte: new Date(`${filter.to}T00:00:00Z`) } : {}),
  };
  const rows = await db.learningDiscussion.findMany({
    where: { userId: caller.id, discussedOn },
    orderBy: { discussedOn: "desc" },
    select: { id: true, discussedOn: true, note: true },
  });
  return rows.map((row) => ({ ...row, discussedOn: row.discussedOn.toISOString().slice(0, 10) }));
}

export type LearningDiscussionItem = Awaited<ReturnType<typeof listLearningDiscussions>>[number];
