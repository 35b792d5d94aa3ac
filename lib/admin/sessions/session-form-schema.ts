import { z } from "zod";
import { calendarDaySchema } from "../../dates/calendar-day";
import { fieldErrorsOf as baseFieldErrorsOf } from "../../forms/field-errors";
import { multiLineText, singleLineText } from "../../forms/text-fields";
import { AccessProvision, Audience, DeliveryLanguage, SessionFormat, SpeakerPart } from "../../generated/prisma/enums";
import { isClockTime } from "./session-time";

// The session form, validated field by field. Messages are catalogue keys
// (admin.sessions.errors.*) and paths are the form's field names, so each
// problem is shown beside its own field. The schema only checks and trims:
// its output has the same shape as its input (parsing twice changes nothing),
// so an action can check a form and the data function can check it again.
// Checks that need the database (the event's dates and time zone, the theme's
// week, slugs in use, places already given) are made by the data functions.

/** The most speaker rows a form may send; the form shows a few empty ones beside those chosen. */
export const MAX_SPEAKER_ROWS = 20;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const line = (requiredKey: string, max: number, tooLong: string) => singleLineText(max, { required: requiredKey, tooLong });
const optionalLine = (max: number, tooLong: string) => singleLineText(max, { tooLong }).default("");
const paragraphs = (requiredKey: string, max: number, tooLong: string) => multiLineText(max, { required: requiredKey, tooLong });
const optionalParagraphs = (max: number, tooLong: string) => multiLineText(max, { tooLong }).default("");

const speakerRow = z.object({
  /** 1-based number of the row in the form, for naming its fields in errors. */
  row: z.number().int().min(1).max(MAX_SPEAKER_ROWS),
  speakerId: z.string().trim().min(1),
  part: z.string().trim(),
  position: z.string().trim().default(""),
});

export const sessionFormSchema = z
  .object({
    eventId: z.string({ error: "eventRequired" }).trim().min(1, "eventRequired"),
    themeId: z.string().trim().default(""),
    title: line("titleRequired", 200, "titleTooLong"),
    titleCy: optionalLine(200, "titleTooLong"),
    slug: z
      .string()
      .trim()
      .max(100, "slugTooLong")
      .default("")
      .refine((slug) => slug === "" || SLUG_PATTERN.test(slug), "slugInvalid"),
    summary: paragraphs("summaryRequired", 600, "summaryTooLong"),
    summaryCy: optionalParagraphs(600, "summaryTooLong"),
    description: paragraphs("descriptionRequired", 20_000, "descriptionTooLong"),
    descriptionCy: optionalParagraphs(20_000, "descriptionTooLong"),
    date: z.string({ error: "dateRequired" }).trim().min(1, "dateRequired").pipe(calendarDaySchema("dateInvalid", "dateOutOfRange")),
    startTime: z.string({ error: "startTimeRequired" }).trim().min(1, "startTimeRequired").refine(isClockTime, "startTimeInvalid"),
    endTime: z.string({ error: "endTimeRequired" }).trim().min(1, "endTimeRequired").refine(isClockTime, "endTimeInvalid"),
    format: z.enum(SessionFormat, { error: "formatRequired" }),
    venue: optionalLine(300, "venueTooLong"),
    venueCy: optionalLine(300, "venueTooLong"),
    deliveryLanguage: z.enum(DeliveryLanguage, { error: "deliveryLanguageRequired" }),
    joinUrl: optionalLine(2000, "joinUrlInvalid").refine((url) => url === "" || isHttpsUrl(url), "joinUrlInvalid"),
    capacity: z
      .string()
      .trim()
      .default("")
      .refine((value) => value === "" || isWholeNumberBetween(value, 1, 100_000), "capacityInvalid"),
    cpdHours: z
      .string()
      .trim()
      .default("")
      .refine((value) => value === "" || isQuarterHours(value), "cpdHoursInvalid"),
    audiences: z.array(z.enum(Audience, { error: "audiencesInvalid" })).default([]),
    accessProvided: z.array(z.enum(AccessProvision, { error: "accessProvidedInvalid" })).default([]),
    featured: z.boolean().default(false),
    peerDiscussion: z.boolean().default(false),
    speakers: z.array(speakerRow).max(MAX_SPEAKER_ROWS).default([]),
  })
  .superRefine((form, context) => {
    if (isClockTime(form.startTime) && isClockTime(form.endTime) && form.endTime <= form.startTime) {
      context.addIssue({ code: "custom", path: ["endTime"], message: "endNotAfterStart" });
    }
    if ((form.format === "ONLINE" || form.format === "HYBRID") && form.joinUrl === "") {
      context.addIssue({ code: "custom", path: ["joinUrl"], message: "joinUrlRequired" });
    }
    if ((form.format === "IN_PERSON" || form.format === "HYBRID") && form.venue === "") {
      context.addIssue({ code: "custom", path: ["venue"], message: "venueRequired" });
    }
    const seen = new Set<string>();
    for (const row of form.speakers) {
      if (!(Object.values(SpeakerPart) as string[]).includes(row.part)) {
        context.addIssue({ code: "custom", path: [`speakerPart-${row.row}`], message: "speakerPartInvalid" });
      }
      if (row.position !== "" && !isWholeNumberBetween(row.position, 1, 99)) {
        context.addIssue({ code: "custom", path: [`speakerPosition-${row.row}`], message: "speakerPositionInvalid" });
      }
      if (seen.has(row.speakerId)) {
        context.addIssue({ code: "custom", path: [`speakerId-${row.row}`], message: "speakerDuplicate" });
      }
      seen.add(row.speakerId);
    }
  });

export type SessionForm = z.output<typeof sessionFormSchema>;
export type SessionFormInput = z.input<typeof sessionFormSchema>;
export type { FieldErrors } from "../../forms/field-errors";

/** The first problem with each field; one with the speaker list that no row claims (e.g. too many rows) shows on the first row. */
export function fieldErrorsOf(error: z.ZodError) {
  return baseFieldErrorsOf(error, (field) => (field === "speakers" ? "speakerId-1" : field));
}

/** What a submitted session form holds, in the shape the schema checks. Empty speaker rows are left out. */
export function readSessionForm(formData: FormData): SessionFormInput {
  const value = (name: string) => {
    const entry = formData.get(name);
    return typeof entry === "string" ? entry : "";
  };
  const speakers: NonNullable<SessionFormInput["speakers"]> = [];
  for (let row = 1; row <= MAX_SPEAKER_ROWS; row++) {
    const speakerId = value(`speakerId-${row}`).trim();
    if (speakerId) speakers.push({ row, speakerId, part: value(`speakerPart-${row}`) || "SPEAKER", position: value(`speakerPosition-${row}`) });
  }
  return {
    eventId: value("eventId"),
    themeId: value("themeId"),
    title: value("title"),
    titleCy: value("titleCy"),
    slug: value("slug"),
    summary: value("summary"),
    summaryCy: value("summaryCy"),
    description: value("description"),
    descriptionCy: value("descriptionCy"),
    date: value("date"),
    startTime: value("startTime"),
    endTime: value("endTime"),
    format: value("format") as SessionFormat,
    venue: value("venue"),
    venueCy: value("venueCy"),
    deliveryLanguage: value("deliveryLanguage") as DeliveryLanguage,
    joinUrl: value("joinUrl"),
    capacity: value("capacity"),
    cpdHours: value("cpdHours"),
    audiences: formData.getAll("audiences").filter((entry): entry is string => typeof entry === "string") as Audience[],
    accessProvided: formData.getAll("accessProvided").filter((entry): entry is string => typeof entry === "string") as AccessProvision[],
    featured: formData.get("featured") === "on",
    peerDiscussion: formData.get("peerDiscussion") === "on",
    speakers,
  };
}

/** The chosen speakers in the order given: by position number, then by row; stored positions count from 0. */
export function orderedSpeakers(speakers: SessionForm["speakers"]): { speakerId: string; part: SpeakerPart; position: number }[] {
  const order = (row: SessionForm["speakers"][number]) => (row.position ? Number(row.position) : row.row);
  return [...speakers]
    .sort((a, b) => order(a) - order(b) || a.row - b.row)
    .map((row, position) => ({ speakerId: row.speakerId, part: row.part as SpeakerPart, position }));
}

function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" && url.hostname.includes(".") && !/\s/.test(value);
}

function isWholeNumberBetween(value: string, min: number, max: number): boolean {
  if (!/^\d{1,7}$/.test(value)) return false;
  const number = Number(value);
  return number >= min && number <= max;
}

function isQuarterHours(value: string): boolean {
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(value)) return false;
  const hours = Number(value);
  return hours >= 0.25 && hours <= 12 && Number.isInteger(hours * 4);
}
