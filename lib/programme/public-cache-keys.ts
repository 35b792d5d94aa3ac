import { z } from "zod";
import { calendarDaySchema } from "../dates/calendar-day";
import { Audience, DeliveryLanguage, SessionFormat } from "../generated/prisma/enums";
import type { ProgrammeFilters } from "./programme-filters";

// Next.js registers every 'use cache' function as a server reference, and the
// server answers a POST naming its id like a server action: anyone can call
// the functions in public-cache.ts with arguments of their choosing (the
// fuzzing spec found this, when an object passed as an event id reached
// Prisma as a filter). So each of them checks its arguments here first and
// treats anything that is not a plain key of the right shape as "no such
// thing": an object such as { not: "" } must never become a Prisma filter
// that widens a query past the public programme.

const day = calendarDaySchema("not a calendar day");
const slug = z.string().min(1).max(300);
const recordId = z.string().regex(/^[a-z0-9]{1,64}$/i);
const event = z.object({ id: recordId, timeZone: z.string().min(1).max(64) }).strict();
const filters = z
  .object({
    day: day.optional(),
    theme: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/)
      .optional(),
    format: z.enum(SessionFormat).optional(),
    audience: z.enum(Audience).optional(),
    language: z.enum(DeliveryLanguage).optional(),
    q: z.string().max(100).optional(),
  })
  .strict();

/** The argument if it has the shape of the key, else null. */
function keyOrNull<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const publicCacheKey = {
  day: (value: unknown) => keyOrNull(day, value),
  slug: (value: unknown) => keyOrNull(slug, value),
  recordId: (value: unknown) => keyOrNull(recordId, value),
  programme: (eventValue: unknown, filtersValue: unknown): { event: { id: string; timeZone: string }; filters: ProgrammeFilters } | null => {
    const validEvent = keyOrNull(event, eventValue);
    const validFilters = keyOrNull(filters, filtersValue);
    return validEvent && validFilters ? { event: validEvent, filters: validFilters } : null;
  },
};
