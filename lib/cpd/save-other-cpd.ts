import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";
import { otherEntrySchema, peerNoteProblem } from "./cpd-entry-schema";
import { isStandardOf, standardsFor } from "./standards/registry";

/** Today's calendar date where people log their CPD. */
export function todayInLondon(now: Date = new Date()): string {
  return format(new TZDate(now, "Europe/London"), "yyyy-MM-dd");
}

/**
 * Adds an entry for learning outside the programme, or edits one: an edit
 * matches only the caller's own entries that are not for a session (those are
 * edited through their session's form).
 */
export async function saveOtherCpd(
  db: PrismaClient,
  caller: CpdCaller,
  input: unknown,
  now: Date = new Date(),
): Promise<Result<{ entryId: string }, "refused">> {
  const schema = otherEntrySchema(todayInLondon(now));
  const parsed = schema.safeParse(input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: caller.id }, select: { regulator: true } });
    // Every problem at once: the form's own rules, then the regulator's list of standards.
    const fieldErrors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error);
    const standards = schema.shape.standards.safeParse((input as { standards?: unknown }).standards);
    if (standards.success && !standards.data.every((code) => isStandardOf(standardsFor(user.regulator), code))) fieldErrors.standards ??= "standardsUnknown";
    const peerNote = peerNoteProblem(input);
    if (peerNote) fieldErrors.peerNotes ??= peerNote;
    if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors } as const;
    const { entryId, observationBookingId, activityDate, ...rest } = parsed.data;
    const fields = { ...rest, activityDate: new Date(`${activityDate}T00:00:00Z`), standards: [...new Set(rest.standards)] };
    if (entryId === null) {
      // Logged from a practice observation: only the caller's own, once it has started, and only once.
      if (observationBookingId) {
        const observation = await tx.observationBooking.findFirst({
          where: { id: observationBookingId, userId: caller.id, status: "BOOKED", cpdEntry: null, slot: { startsAt: { lte: now } } },
          select: { id: true },
        });
        if (!observation) return { ok: false, refusal: "refused" } as const;
      }
      const entry = await tx.cpdEntry.create({ data: { ...fields, userId: caller.id, observationBookingId }, select: { id: true } });
      return { ok: true, entryId: entry.id } as const;
    }
    const updated = await tx.cpdEntry.updateMany({ where: { id: entryId, userId: caller.id, registrationId: null }, data: fields });
    if (updated.count === 0) return { ok: false, refusal: "refused" } as const;
    return { ok: true, entryId } as const;
  });
}
