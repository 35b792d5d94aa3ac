import type { PrismaClient } from "../../prisma-client";
import type { CpdCaller } from "../cpd-caller";
import { getCpdProfile } from "../get-cpd-profile";
import { listCpdRecord } from "../list-cpd-record";
import type { RecordFilter } from "../record-filter";

/** Everything an export of the caller's own (filtered) record shows: gathered once, rendered as CSV, text or PDF. */
export async function getCpdExport(db: PrismaClient, caller: CpdCaller, filter: RecordFilter) {
  const [profile, record] = await Promise.all([getCpdProfile(db, caller), listCpdRecord(db, caller, filter)]);
  return { profile, filter, entries: record.entries, totals: record.totals };
}

export type CpdExport = Awaited<ReturnType<typeof getCpdExport>>;
