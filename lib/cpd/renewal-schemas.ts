import { z } from "zod";
import { calendarDaySchema } from "../dates/calendar-day";
import { addYearsToDay } from "../dates/day-arithmetic";
import { nullWhenEmpty, singleLineText } from "../forms/text-fields";
import { SCW_REGISTRATION_YEARS } from "./renewal-readiness";

// Field problems are message keys in the "cpd.errors" namespace; the action translates them.
// `today` is the person's calendar day (Europe/London).

const EARLIEST_DISCUSSION = "2000-01-01";

/**
 * The registration renewal date: today at the earliest (a date that has passed
 * is the last renewal, not the next), and no more than a registration's length
 * ahead (Social Care Wales registers for up to three years).
 */
export function renewalDateSchema(today: string) {
  const latest = addYearsToDay(today, SCW_REGISTRATION_YEARS);
  return z.object({
    renewalDate: z
      .string({ error: "renewalDateRequired" })
      .trim()
      .min(1, "renewalDateRequired")
      .pipe(calendarDaySchema("dateInvalid", (value) => (value < today ? "renewalDatePast" : "renewalDateTooFar")))
      .refine((value) => value >= today, "renewalDatePast")
      .refine((value) => value <= latest, "renewalDateTooFar"),
  });
}

/** A discussion of the person's learning with their manager or supervisor: its day (not in the future) and a short note. */
export function learningDiscussionSchema(today: string) {
  return z.object({
    discussedOn: z
      .string({ error: "discussedOnRequired" })
      .trim()
      .min(1, "discussedOnRequired")
      .pipe(calendarDaySchema("dateInvalid", (value) => (value < EARLIEST_DISCUSSION ? "dateTooEarly" : "dateInFuture")))
      .refine((value) => value >= EARLIEST_DISCUSSION, "dateTooEarly")
      .refine((value) => value <= today, "dateInFuture"),
    discussionNote: nullWhenEmpty(singleLineText(300, { tooLong: "discussionNoteTooLong" })),
  });
}
