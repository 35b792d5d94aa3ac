import type { PrismaClient } from "../../prisma-client";
import type { CpdCaller } from "../cpd-caller";
import { getCpdProfile } from "../get-cpd-profile";
import { getRenewalReadiness } from "../get-renewal-readiness";
import { listCpdRecord } from "../list-cpd-record";
import { listLearningDiscussions } from "../list-learning-discussions";

/**
 * Everything the record for a sample check shows, gathered once for the PDF
 * and the text: the caller's details, their current registration period (as
 * the renewal panel counts it) with its renewal date, their discussions of
 * learning with a manager or supervisor, and every entry of the period.
 */
export async function getSampleCheckExport(db: PrismaClient, caller: CpdCaller, now: Date = new Date()) {
  const readiness = await getRenewalReadiness(db, caller, now);
  const period = { from: readiness.periodStart, to: readiness.periodEnd };
  const [profile, record, discussions, lastDiscussion] = await Promise.all([
    getCpdProfile(db, caller),
    listCpdRecord(db, caller, period),
    listLearningDiscussions(db, caller, period),
    db.learningDiscussion.findFirst({ where: { userId: caller.id }, orderBy: { discussedOn: "desc" }, select: { discussedOn: true, note: true } }),
  ]);
  return {
    profile,
    readiness,
    entries: record.entries,
    totals: record.totals,
    discussions,
    lastDiscussion: lastDiscussion ? { discussedOn: lastDiscussion.discussedOn.toISOString().slice(0, 10), note: lastDiscussion.note } : null,
  };
}

export type SampleCheckExport = Awaited<ReturnType<typeof getSampleCheckExport>>;
