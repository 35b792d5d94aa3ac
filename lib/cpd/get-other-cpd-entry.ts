import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";

/** One of the caller's entries for learning outside the programme, for editing; null when not theirs. */
export async function getOtherCpdEntry(db: PrismaClient, caller: CpdCaller, entryId: string) {
  const entry = await db.cpdEntry.findFirst({
    where: { id: entryId, userId: caller.id, registrationId: null },
    select: {
      id: true,
      title: true,
      activityType: true,
      activityDate: true,
      hours: true,
      learning: true,
      impact: true,
      peerNotes: true,
      peerReflection: true,
      standards: true,
    },
  });
  return entry ? { ...entry, hours: Number(entry.hours.toString()), activityDate: entry.activityDate.toISOString().slice(0, 10) } : null;
}
