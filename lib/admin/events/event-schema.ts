import { z } from "zod";
import { calendarDaySchema } from "../../dates/calendar-day";
import { multiLineText, nullWhenEmpty, singleLineText } from "../../forms/text-fields";
import { Audience } from "../../generated/prisma/enums";
import { slugField } from "../slug";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "./time-zones";

/** The longest week we accept, counting both the first and the last day. */
export const MAX_EVENT_DAYS = 14;

/** yyyy-MM-dd from a date input, as the UTC midnight Prisma stores in a DATE column. */
const calendarDate = (requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, requiredKey)
    .pipe(calendarDaySchema("dateInvalid", "dateOutOfRange"))
    .transform((value) => new Date(`${value}T00:00:00Z`));

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who the week is for: one group per line, blank lines dropped (the English and the Welsh alike). */
const audienceLines = () =>
  multiLineText(4_000)
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .refine((lines) => lines.length <= 20, "audienceNoteTooMany")
    .refine((lines) => lines.every((line) => line.length <= 200), "audienceNoteLineTooLong");

/** The week form as submitted (strings, repeated `audiences`), checked and turned into what is stored. */
export const eventFormSchema = z
  .object({
    title: singleLineText(160, { required: "titleRequired" }),
    titleCy: nullWhenEmpty(singleLineText(160)),
    slug: slugField,
    summary: multiLineText(600, { required: "summaryRequired" }),
    summaryCy: nullWhenEmpty(multiLineText(600)),
    description: nullWhenEmpty(multiLineText(10_000)),
    descriptionCy: nullWhenEmpty(multiLineText(10_000)),
    startDate: calendarDate("startDateRequired"),
    endDate: calendarDate("endDateRequired"),
    timeZone: z
      .string()
      .trim()
      .optional()
      .transform((value, context) => {
        const zone = canonicalTimeZone(value || DEFAULT_TIME_ZONE);
        if (!zone) {
          context.addIssue({ code: "custom", message: "timeZoneInvalid" });
          return z.NEVER;
        }
        return zone;
      }),
    organiserName: singleLineText(160, { required: "organiserNameRequired" }),
    organiserNameCy: nullWhenEmpty(singleLineText(160)),
    audienceNote: audienceLines(),
    audienceNoteCy: audienceLines(),
    audiences: z
      .array(z.enum(Audience, { error: "audiencesInvalid" }))
      .optional()
      .transform((values) => [...new Set(values ?? [])]),
  })
  .superRefine((event, context) => {
    // Zod runs this even when a date failed above; only compare two real dates.
    if (!(event.startDate instanceof Date) || !(event.endDate instanceof Date)) return;
    if (event.endDate < event.startDate) {
      context.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    } else if ((event.endDate.getTime() - event.startDate.getTime()) / DAY_MS + 1 > MAX_EVENT_DAYS) {
      context.addIssue({ code: "custom", path: ["endDate"], message: "tooLong14Days" });
    }
  });

export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormData = z.output<typeof eventFormSchema>;

/** The fields written to the Event row (and shown in the audit log). */
export const eventRecordSelect = {
  id: true,
  slug: true,
  title: true,
  titleCy: true,
  summary: true,
  summaryCy: true,
  description: true,
  descriptionCy: true,
  startDate: true,
  endDate: true,
  timeZone: true,
  audienceNote: true,
  audienceNoteCy: true,
  audiences: true,
  organiserName: true,
  organiserNameCy: true,
  status: true,
  publishedAt: true,
  bookingRule: true,
  bookingDomains: true,
  bookingAudience: true,
  bookingAudienceCy: true,
  embedOrigins: true,
} as const;
