import { subYears } from "date-fns";
import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";
import { renewalReadiness } from "./renewal-readiness";

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The caller's standing for their regulator's renewal, from their whole record
 * (not the page's filter), their recorded renewal date and their latest
 * discussion of learning with a manager or supervisor.
 */
export async function getRenewalReadiness(db: PrismaClient, caller: CpdCaller, now: Date = new Date()) {
  // Every period starts at most three years before today: a Social Care Wales
  // renewal date is never in the past once moved on, and a year of Social Work
  // England's ends at most a year ahead.
  const since = subYears(now, 3);
  since.setUTCDate(since.getUTCDate() - 2);
  const [user, entries, lastDiscussion] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { regulator: true, registrationRenewalDate: true } }),
    db.cpdEntry.findMany({ where: { userId: caller.id, activityDate: { gte: since } }, select: { activityDate: true, hours: true, peerReflection: true } }),
    db.learningDiscussion.findFirst({ where: { userId: caller.id }, orderBy: { discussedOn: "desc" }, select: { discussedOn: true } }),
  ]);
  return renewalReadiness(
    user.regulator,
    {
      entries: entries.map((entry) => ({
        activityDate: dayOf(entry.activityDate),
        hours: Number(entry.hours.toString()),
        peerReflection: entry.peerReflection,
      })),
      renewalDate: user.registrationRenewalDate ? dayOf(user.registrationRenewalDate) : null,
      lastDiscussionOn: lastDiscussion ? dayOf(lastDiscussion.discussedOn) : null,
    },
    now,
  );
}
