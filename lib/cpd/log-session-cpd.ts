import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { sessionCpdHours } from "../programme/cpd-hours";
import { localDayKey } from "../programme/event-time";
import type { CpdCaller } from "./cpd-caller";
import { peerNoteProblem, sessionEntrySchema } from "./cpd-entry-schema";
import { maxHoursForSession } from "./hours-bounds";
import { isStandardOf, standardsFor } from "./standards/registry";

/**
 * Records (or, on a second submit, updates) the CPD entry for a session the
 * caller attended. The registration is looked up with the caller and the
 * attendance in the WHERE clause, so anyone else's, or one not attended, is
 * simply not found.
 */
export async function logSessionCpd(db: PrismaClient, caller: CpdCaller, input: unknown): Promise<Result<{ entryId: string }, "refused">> {
  const target = sessionEntrySchema.pick({ registrationId: true }).safeParse(input);
  if (!target.success) return { ok: false, refusal: "refused" };
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { id: target.data.registrationId, userId: caller.id, attendance: "ATTENDED" },
      select: {
        id: true,
        user: { select: { regulator: true, language: true } },
        session: { select: { title: true, titleCy: true, startsAt: true, endsAt: true, cpdHours: true, event: { select: { timeZone: true } } } },
      },
    });
    if (!registration) return { ok: false, refusal: "refused" } as const;
    // Every problem at once: the form's own rules, then the session's bound on hours and the regulator's list.
    const parsed = sessionEntrySchema.safeParse(input);
    const fieldErrors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error);
    const hours = sessionEntrySchema.shape.hours.safeParse((input as { hours?: unknown }).hours);
    if (hours.success && hours.data > maxHoursForSession(sessionCpdHours(registration.session))) fieldErrors.hours ??= "hoursAboveSession";
    const standards = sessionEntrySchema.shape.standards.safeParse((input as { standards?: unknown }).standards);
    const list = standardsFor(registration.user.regulator);
    if (standards.success && !standards.data.every((code) => isStandardOf(list, code))) fieldErrors.standards ??= "standardsUnknown";
    const peerNote = peerNoteProblem(input);
    if (peerNote) fieldErrors.peerNotes ??= peerNote;
    if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors } as const;
    const data = parsed.data;
    const fields = {
      // The entry is the person's own record: in Welsh for someone who writes in Welsh, where the organiser gave a Welsh title.
      title: (registration.user.language !== "ENGLISH" && registration.session.titleCy) || registration.session.title,
      activityDate: new Date(`${localDayKey(registration.session.startsAt, registration.session.event.timeZone)}T00:00:00Z`),
      hours: data.hours,
      learning: data.learning,
      impact: data.impact,
      peerNotes: data.peerNotes,
      peerReflection: data.peerReflection,
      standards: [...new Set(data.standards)],
    };
    const entry = await tx.cpdEntry.upsert({
      where: { registrationId: registration.id },
      create: { ...fields, userId: caller.id, registrationId: registration.id, activityType: "SESSION" },
      update: fields,
      select: { id: true },
    });
    return { ok: true, entryId: entry.id } as const;
  });
}
