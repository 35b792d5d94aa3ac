import "zod-openapi";
import { z } from "zod";
import { calendarDaySchema } from "../../dates/calendar-day";
import { audienceSlugs, deliveryLanguageSlugs, formatSlugs, speakerPartSlugs } from "../../programme/vocabulary";

// The read API's shapes, in one place: the route handlers build their answers
// through these schemas (to-api.ts), and the OpenAPI document is generated
// from them (openapi-document.ts), so what is documented is what is sent.
// Field names are snake_case and never change within v1; a new field may be
// added, nothing is renamed or removed. Every text an organiser writes comes
// in both languages: `en`, and `cy` when they wrote it in Welsh.

const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .meta({ description: "The address name used in the site's own links.", example: "social-work-week-2026" });
const isoDateTime = z.iso.datetime({ offset: true }).meta({
  description: "ISO 8601 date and time with the week's UTC offset at that moment.",
  example: "2026-03-16T09:30:00+00:00",
});
const isoDate = z.iso.date().meta({ description: "ISO 8601 calendar date, in the week's time zone.", example: "2026-03-16" });
const url = z.url().meta({ description: "An absolute address on this site." });

export const localisedText = z
  .object({
    en: z.string(),
    cy: z.string().nullable().meta({ description: "The Welsh text, or null where the organisers wrote none." }),
  })
  .meta({ id: "LocalisedText", description: "A text in English and, where the organisers wrote it, Welsh." });

export const themeSchema = z
  .object({
    id: z.string(),
    slug,
    name: localisedText,
    summary: localisedText,
    colour: z
      .string()
      .regex(/^#[0-9a-f]{6}$/i)
      .nullable()
      .meta({ description: "The theme's colour as #rrggbb.", example: "#1d70b8" }),
    url,
  })
  .meta({ id: "Theme", description: "A strand of a week's programme." });

export const weekSchema = z
  .object({
    id: z.string(),
    slug,
    title: localisedText,
    summary: localisedText,
    start_date: isoDate,
    end_date: isoDate,
    time_zone: z.string().meta({ description: "IANA time zone of the week's times.", example: "Europe/London" }),
    organiser: localisedText,
    audiences: z.array(z.enum(audienceSlugs)),
    links: z.object({
      html: url,
      sessions: url,
      themes: url,
    }),
  })
  .meta({ id: "Week", description: "A published week of sessions." });

export const weekDetailSchema = weekSchema
  .extend({
    description: localisedText.nullable(),
    themes: z.array(themeSchema),
  })
  .meta({ id: "WeekDetail", description: "A published week with its description and themes." });

export const placesSchema = z
  .object({
    status: z.enum(["unlimited", "available", "full", "closed", "unknown"]).meta({
      description: "`closed` for a cancelled session; `unknown` when bookings cannot be counted just now, never a guess.",
    }),
    left: z.number().int().min(1).nullable().meta({ description: "Places left when `status` is `available`, else null." }),
  })
  .meta({ id: "Places", description: "Room on a session at the moment of the answer." });

export const sessionSpeakerSchema = z
  .object({
    slug,
    name: z.string(),
    organisation: z.string().nullable(),
    part: z.enum(speakerPartSlugs).meta({ description: "What they do in this session." }),
    url,
  })
  .meta({ id: "SessionSpeaker" });

export const sessionSchema = z
  .object({
    id: z.string(),
    slug,
    week: slug.meta({ description: "The slug of the week the session belongs to." }),
    title: localisedText,
    summary: localisedText,
    starts_at: isoDateTime,
    ends_at: isoDateTime,
    format: z.enum(formatSlugs),
    venue: localisedText.nullable().meta({ description: "The venue's address, or the name of the online platform." }),
    language_of_delivery: z.enum(deliveryLanguageSlugs),
    audiences: z.array(z.enum(audienceSlugs)),
    cpd_hours: z.number().min(0),
    status: z.enum(["scheduled", "cancelled"]),
    theme: z.object({ slug, name: localisedText }).nullable(),
    speakers: z.array(sessionSpeakerSchema),
    places: placesSchema,
    url,
  })
  .meta({ id: "Session", description: "A public session. Never a join link or anything about the people booked." });

export const sessionDetailSchema = sessionSchema
  .extend({ description: localisedText })
  .meta({ id: "SessionDetail", description: "A public session with its full description." });

export const speakerSchema = z
  .object({
    slug,
    name: z.string(),
    role: localisedText.nullable(),
    organisation: localisedText.nullable(),
    url,
  })
  .meta({ id: "Speaker", description: "Someone who speaks in at least one public session." });

export const speakerDetailSchema = speakerSchema
  .extend({
    biography: localisedText.nullable(),
    sessions: z.array(sessionSchema),
  })
  .meta({ id: "SpeakerDetail" });

const pageMeta = z
  .object({
    page: z.number().int().min(1),
    per_page: z.number().int().min(1),
    total: z.number().int().min(0).meta({ description: "How many items there are across all pages." }),
    total_pages: z.number().int().min(0),
  })
  .meta({ id: "PageMeta" });

const pageLinks = z
  .object({
    self: url,
    first: url,
    last: url,
    prev: url.nullable(),
    next: url.nullable(),
  })
  .meta({ id: "PageLinks", description: "The same links as the Link header (RFC 8288)." });

function pageOf<Item extends z.ZodType>(item: Item, id: string) {
  return z.object({ data: z.array(item), meta: pageMeta, links: pageLinks }).meta({ id, description: `One page of a list.` });
}

export const weekPageSchema = pageOf(weekSchema, "WeekPage");
export const themeListSchema = z.object({ data: z.array(themeSchema) }).meta({ id: "ThemeList", description: "A week's themes, in the organisers' order." });
export const sessionPageSchema = pageOf(sessionSchema, "SessionPage");
export const speakerPageSchema = pageOf(speakerSchema, "SpeakerPage");

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "A URI naming the kind of problem (about:blank for a plain HTTP status)." }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ parameter: z.string(), detail: z.string() }))
      .optional()
      .meta({ description: "For a 400: each parameter that was refused and why." }),
  })
  .meta({ id: "Problem", description: "An error, as RFC 9457 problem details (application/problem+json)." });

// What a caller may ask for. A value that does not parse is a 400 with the
// parameter named; parameters the API does not know are ignored (caches and
// tools add their own).

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 25;

const positiveInteger = (name: string, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,6}$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${name} must be 1 or more`).max(max, `${name} must be at most ${max}`));

export const pageQuerySchema = z.object({
  page: positiveInteger("page", 100_000).optional().meta({ description: "Which page, from 1.", example: "1" }),
  per_page: positiveInteger("per_page", MAX_PER_PAGE)
    .optional()
    .meta({ description: `Items per page, 1 to ${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}).`, example: "25" }),
});

export const sessionQuerySchema = pageQuerySchema.extend({
  day: z
    .string()
    .pipe(calendarDaySchema("day must be a date such as 2026-03-16"))
    .optional()
    .meta({ description: "Only sessions starting on this day (YYYY-MM-DD, in the week's time zone).", format: "date", example: "2026-03-16" }),
  theme: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "theme must be a theme's slug")
    .optional()
    .meta({ description: "Only sessions in this theme (its slug)." }),
  format: z.enum(formatSlugs, `format must be one of ${formatSlugs.join(", ")}`).optional(),
  audience: z.enum(audienceSlugs, `audience must be one of ${audienceSlugs.join(", ")}`).optional(),
  language_of_delivery: z.enum(deliveryLanguageSlugs, `language_of_delivery must be one of ${deliveryLanguageSlugs.join(", ")}`).optional(),
});

export const weekPathSchema = z.object({ week: slug.meta({ description: "The week's slug." }) });
export const sessionPathSchema = z.object({ session: slug.meta({ description: "The session's slug." }) });
export const speakerPathSchema = z.object({ speaker: slug.meta({ description: "The speaker's slug." }) });

export type ApiWeek = z.infer<typeof weekSchema>;
export type ApiWeekDetail = z.infer<typeof weekDetailSchema>;
export type ApiTheme = z.infer<typeof themeSchema>;
export type ApiSession = z.infer<typeof sessionSchema>;
export type ApiSessionDetail = z.infer<typeof sessionDetailSchema>;
export type ApiSpeaker = z.infer<typeof speakerSchema>;
export type ApiSpeakerDetail = z.infer<typeof speakerDetailSchema>;
export type ApiPlaces = z.infer<typeof placesSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type SessionQuery = z.infer<typeof sessionQuerySchema>;
