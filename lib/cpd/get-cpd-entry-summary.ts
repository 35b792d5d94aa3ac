import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";

/** Title, date and hours of one of the caller's entries, for the delete confirmation; null when not theirs. */
export async function getCpdEntrySummary(db: PrismaClient, caller: CpdCaller, entryId: string) {
  const entry = await db.cpdEntry.findFirst({ where: { id: entryId, userId: caller.id }, select: { id: true, title: true, activityDate: true, hours: true } });
  return entry ? { ...entry, hours: Number(entry.hours.toString()), activityDate: entry.activityDate.toISOString().slice(0, 10) } : null;
}
