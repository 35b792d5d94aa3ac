import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";
import { cpdTotals } from "./cpd-totals";
import { describeConfirmation, peerConfirmationFields } from "./peer/peer-confirmation-summary";
import type { RecordFilter } from "./record-filter";

/** The caller's CPD entries in the date range (newest first), their totals, and attended sessions not yet logged. */
/** The fields of a CPD entry a person sees of their own: the record page, its exports and the personal-data download. */
export const cpdEntryFields = {
  id: true,
  registrationId: true,
  activityType: true,
  title: true,
  activityDate: true,
  hours: true,
  learning: true,
  impact: true,
  peerNotes: true,
  peerReflection: true,
  standards: true,
  peerConfirmation: { select: peerConfirmationFields },
} as const;

export async function listCpdRecord(db: PrismaClient, caller: CpdCaller, filter: RecordFilter, now: Date = new Date()) {
  const activityDate = {
    ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
    ...(filter.to ? { lte: new Date(`${filter.to}T00:00:00Z`) } : {}),
  };
  const [rows, toLog, observationsToLog] = await Promise.all([
    db.cpdEntry.findMany({
      where: { userId: caller.id, activityDate },
      orderBy: [{ activityDate: "desc" }, { createdAt: "desc" }],
      select: {
        ...cpdEntryFields,
        registration: {
          select: { session: { select: { theme: { select: { name: true, nameCy: true } }, event: { select: { title: true, titleCy: true } } } } },
        },
      },
    }),
    db.registration.findMany({
      where: { userId: caller.id, attendance: "ATTENDED", cpdEntry: null },
      orderBy: { session: { startsAt: "desc" } },
      select: { id: true, session: { select: { title: true, titleCy: true, startsAt: true, event: { select: { timeZone: true } } } } },
    }),
    // Practice observations count as CPD (shadowing, for Social Care Wales and Social Work England alike).
    db.observationBooking.findMany({
      where: { userId: caller.id, status: "BOOKED", cpdEntry: null, slot: { startsAt: { lte: now } } },
      orderBy: { slot: { startsAt: "desc" } },
      select: { id: true, slot: { select: { startsAt: true, opportunity: { select: { team: true, teamCy: true, event: { select: { timeZone: true } } } } } } },
    }),
  ]);
  const entries = rows.map(({ registration, peerConfirmation, ...entry }) => ({
    ...entry,
    // A colleague's answer counts only while the entry is still marked as peer reflection.
    peerConfirmation: peerConfirmation && entry.peerReflection ? describeConfirmation(peerConfirmation, entry.peerNotes, now) : null,
    hours: Number(entry.hours.toString()),
    activityDate: entry.activityDate.toISOString().slice(0, 10),
    week: registration?.session.event.title ?? null,
    theme: registration?.session.theme?.name ?? null,
  }));
  // The totals are keyed by the English names; a Welsh page shows the Welsh where the organiser wrote it.
  const welshNames: Record<string, string> = {};
  for (const { registration } of rows) {
    const session = registration?.session;
    if (session?.event.titleCy) welshNames[session.event.title] = session.event.titleCy;
    if (session?.theme?.nameCy) welshNames[session.theme.name] = session.theme.nameCy;
  }
  return { entries, totals: cpdTotals(entries), toLog, observationsToLog, welshNames };
}

export type CpdRecord = Awaited<ReturnType<typeof listCpdRecord>>;
export type CpdRecordEntry = CpdRecord["entries"][number];
