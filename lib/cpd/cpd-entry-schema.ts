import { z } from "zod";
import { calendarDaySchema } from "../dates/calendar-day";
import { multiLineText, nullWhenEmpty, singleLineText } from "../forms/text-fields";
import { CpdActivityType } from "../generated/prisma/enums";
import { isQuarterHour, MAX_OTHER_ENTRY_HOURS, MAX_SESSION_ENTRY_HOURS, MIN_HOURS } from "./hours-bounds";

// Field problems are message keys in the "cpd.errors" namespace; the action translates them.

const hours = (max: number) =>
  z
    .string({ error: "hoursRequired" })
    .trim()
    .min(1, "hoursRequired")
    .transform(Number)
    .pipe(
      z
        .number({ error: "hoursInvalid" })
        .refine((value) => Number.isFinite(value), "hoursInvalid")
        .refine((value) => value >= MIN_HOURS, "hoursTooFew")
        .refine((value) => value <= max, "hoursTooMany")
        .refine((value) => isQuarterHour(value), "hoursQuarter"),
    );

const optionalText = nullWhenEmpty(multiLineText(5000, { tooLong: "textTooLong" }));

/** The reflection and standards, common to every entry. */
export const reflectionSchema = z.object({
  learning: multiLineText(5000, { required: "learningRequired", tooLong: "textTooLong" }).pipe(z.string().min(20, "learningTooShort")),
  impact: multiLineText(5000, { required: "impactRequired", tooLong: "textTooLong" }),
  peerNotes: optionalText,
  peerReflection: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  standards: z.array(z.string().max(10, "standardsUnknown"), { error: "standardsRequired" }).min(1, "standardsRequired").max(80, "standardsUnknown"),
});

/**
 * Social Work England's form counts a piece of CPD as peer reflection by its
 * answer to "Describe what you have learnt from discussing this CPD activity
 * with a peer" (socialworkengland.org.uk/cpd/peer-reflection, read
 * 2026-12-07), so an entry marked as one needs that note.
 */
export function peerNoteProblem(input: unknown): "peerNotesRequired" | null {
  const { peerReflection, peerNotes } = (input ?? {}) as { peerReflection?: unknown; peerNotes?: unknown };
  if (peerReflection !== "on") return null;
  return typeof peerNotes === "string" && peerNotes.trim() !== "" ? null : "peerNotesRequired";
}

/** An entry for an attended session: hours within the session's bounds (checked again against the session). */
export const sessionEntrySchema = reflectionSchema.extend({
  registrationId: z.string().min(1).max(40),
  hours: hours(MAX_SESSION_ENTRY_HOURS),
});

export const otherActivityTypes = Object.values(CpdActivityType).filter((type) => type !== "SESSION") as Exclude<CpdActivityType, "SESSION">[];

/** An entry for learning outside the programme. `today` is the person's calendar day (Europe/London). */
export function otherEntrySchema(today: string) {
  return reflectionSchema.extend({
    entryId: z
      .string()
      .max(40)
      .optional()
      .transform((value) => (value ? value : null)),
    /** The practice observation the entry records (a new entry logged from it); anything else is ignored. */
    observationBookingId: z
      .string()
      .max(64)
      .optional()
      .transform((value) => (value && /^[a-z0-9]+$/i.test(value) ? value : null)),
    title: singleLineText(200, { required: "titleRequired", tooLong: "titleTooLong" }),
    activityType: z.enum(otherActivityTypes, { error: "typeRequired" }),
    activityDate: z
      .string({ error: "dateRequired" })
      .trim()
      .min(1, "dateRequired")
      .pipe(calendarDaySchema("dateInvalid", (value) => (value < "2000-01-01" ? "dateTooEarly" : "dateInFuture")))
      .refine((value) => value >= "2000-01-01", "dateTooEarly")
      .refine((value) => value <= today, "dateInFuture"),
    hours: hours(MAX_OTHER_ENTRY_HOURS),
  });
}

/** The form's fields as submitted: repeated `standards` values become a list. */
export function cpdFormInput(formData: FormData, fields: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field, formData.get(field) ?? undefined]));
  input.standards = formData.getAll("standards").filter((value): value is string => typeof value === "string");
  return input;
}
