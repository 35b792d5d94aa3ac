import { z } from "zod";
import { calendarDaySchema } from "../dates/calendar-day";
import type { Audience, DeliveryLanguage, SessionFormat } from "../generated/prisma/enums";
import { audienceFromSlug, deliveryLanguageFromSlug, formatFromSlug } from "./vocabulary";

export type ProgrammeFilters = {
  day?: string;
  theme?: string;
  format?: SessionFormat;
  audience?: Audience;
  /** The language of delivery (?language=welsh). */
  language?: DeliveryLanguage;
  q?: string;
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = z.preprocess(first, z.string().trim().optional());

// Filters come from the URL, so anyone can type anything: a value that does
// not parse is dropped (the visitor sees the unfiltered list and the form
// shows "All") rather than producing an error page.
const filtersSchema = z.object({
  day: optionalText.pipe(calendarDaySchema().optional().catch(undefined)),
  theme: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/)
      .optional()
      .catch(undefined),
  ),
  format: optionalText.transform((value) => (value ? formatFromSlug(value) : undefined)),
  audience: optionalText.transform((value) => (value ? audienceFromSlug(value) : undefined)),
  language: optionalText.transform((value) => (value ? deliveryLanguageFromSlug(value) : undefined)),
  q: optionalText.transform((value) => (value ? value.slice(0, 100) : undefined)),
});

export function parseProgrammeFilters(searchParams: SearchParams): ProgrammeFilters {
  const parsed = filtersSchema.parse(searchParams);
  const filters: ProgrammeFilters = {};
  if (parsed.day) filters.day = parsed.day;
  if (parsed.theme) filters.theme = parsed.theme;
  if (parsed.format) filters.format = parsed.format;
  if (parsed.audience) filters.audience = parsed.audience;
  if (parsed.language) filters.language = parsed.language;
  if (parsed.q) filters.q = parsed.q;
  return filters;
}

export function hasActiveFilters(filters: ProgrammeFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
