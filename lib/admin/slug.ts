import { z } from "zod";

/** Lower case, hyphens, no accents or apostrophes: the same rule the demo data uses for every slug. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘"“”]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** An optional slug field: empty means "suggest one from the name". */
export const slugField = z
  .string()
  .trim()
  .max(100, "slugTooLong")
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "slugInvalid")
  .optional()
  .transform((value) => (value ? value : null));

/**
 * The slug to save. A slug the organiser typed must be free (else null: the
 * caller reports it as taken); a suggested one gets -2, -3 … until it is free.
 */
export async function chooseSlug(options: {
  typed: string | null;
  suggestFrom: string;
  fallback: string;
  isTaken: (slug: string) => Promise<boolean>;
}): Promise<string | null> {
  if (options.typed) return (await options.isTaken(options.typed)) ? null : options.typed;
  const base = slugify(options.suggestFrom) || options.fallback;
  for (let attempt = 1; attempt < 1000; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    if (!(await options.isTaken(candidate))) return candidate;
  }
  return null;
}
