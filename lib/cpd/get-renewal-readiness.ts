import { subYears } from "date-fns";
import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-result";
import { renewalReadiness } from "./renewal-readiness";

/** The caller's readiness for their regulator's renewal, from their whole record (not the page's filter). */
export async function getRenewalReadiness(db: PrismaClient, caller: CpdCaller, now: Date = new Date()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { regulator: true } });
  // Every rule looks back at most three years (and one registration year ahead of a December date).
  const since = subYears(now, 3);
  since.setUTCDate(since.getUTCDate() - 2);
  const entries = await db.cpdEntry.findMany({
    where: { userId: caller.id, activityDate: { gte: since } },
    select: { activityDate: true, hours: true, peerReflection: true },
  });
  return renewalReadiness(
    user.regulator,
    entries.map((entry) => ({ activityDate: entry.activityDate.toISOString().slice(0, 10), hours: Number(entry.hours.toString()), peerReflection: entry.peerReflection })),
    now,
  );
}
