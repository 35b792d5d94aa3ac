import { z } from "zod";
import { isClockTime } from "../admin/sessions/session-time";
import { calendarDaySchema } from "../dates/calendar-day";
import { multiLineText, nullWhenEmpty, singleLineText } from "../forms/text-fields";
import { ObservationActivity, SessionFormat } from "../generated/prisma/enums";

// The practice observation forms (seed 002). Messages are keys of
// observations.errors (admin forms) and observations.reflection.errors.

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i);
export const observationIdSchema = id;

export const opportunityFormSchema = z.object({
  eventId: id,
  team: singleLineText(200, { required: "teamRequired", tooLong: "teamTooLong" }),
  teamCy: nullWhenEmpty(singleLineText(200, { tooLong: "teamTooLong" })),
  activity: z.enum(ObservationActivity, { error: "activityRequired" }),
  description: nullWhenEmpty(multiLineText(1_000, { tooLong: "descriptionTooLong" })),
  descriptionCy: nullWhenEmpty(multiLineText(1_000, { tooLong: "descriptionTooLong" })),
  format: z.enum(SessionFormat, { error: "formatRequired" }),
  location: singleLineText(300, { required: "locationRequired", tooLong: "locationTooLong" }),
  observersPerSlot: z
    .string()
    .trim()
    .default("1")
    .refine((value) => /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 10, "observersInvalid")
    .transform(Number),
  hostName: singleLineText(120, { required: "hostNameRequired", tooLong: "hostNameTooLong" }),
  hostEmail: z
    .string({ error: "hostEmailRequired" })
    .trim()
    .min(1, "hostEmailRequired")
    .max(254, "hostEmailInvalid")
    .pipe(z.email("hostEmailInvalid"))
    .transform((value) => value.toLowerCase()),
});

export type OpportunityForm = z.output<typeof opportunityFormSchema>;

export const slotFormSchema = z
  .object({
    opportunityId: id,
    date: z.string({ error: "dateRequired" }).trim().min(1, "dateRequired").pipe(calendarDaySchema("dateInvalid", "dateInvalid")),
    startTime: z.string({ error: "startTimeRequired" }).trim().min(1, "startTimeRequired").refine(isClockTime, "startTimeInvalid"),
    endTime: z.string({ error: "endTimeRequired" }).trim().min(1, "endTimeRequired").refine(isClockTime, "endTimeInvalid"),
  })
  .superRefine((form, context) => {
    if (isClockTime(form.startTime) && isClockTime(form.endTime) && form.endTime <= form.startTime) {
      context.addIssue({ code: "custom", path: ["endTime"], message: "endNotAfterStart" });
    }
  });

const reflectionText = (required: string | undefined) => multiLineText(4_000, { ...(required ? { required } : {}), tooLong: "tooLong" });

/** What the observer writes afterwards: the first two are asked of everyone, the others when there is something to say. */
export const reflectionFormSchema = z.object({
  bookingId: id,
  workingWell: reflectionText("workingWellRequired"),
  couldBeBetter: reflectionText("couldBeBetterRequired"),
  themes: nullWhenEmpty(reflectionText(undefined)),
  followUp: nullWhenEmpty(reflectionText(undefined)),
});

export type ReflectionForm = z.output<typeof reflectionFormSchema>;
