import type { z } from "zod";
import type { Problem } from "./api-schemas";

export type QueryResult<T> = { ok: true; query: T } | { ok: false; errors: NonNullable<Problem["errors"]> };

/**
 * The query string through its schema. Each parameter the schema knows may
 * come once (two values are refused rather than one picked silently); those
 * it does not know are left alone. Values are taken as sent, trimmed of
 * nothing: " 2" is not a page number.
 */
export function parseQuery<Schema extends z.ZodObject>(schema: Schema, searchParams: URLSearchParams): QueryResult<z.output<Schema>> {
  const known = Object.keys(schema.shape);
  const values: Record<string, string> = {};
  const errors: NonNullable<Problem["errors"]> = [];
  for (const name of known) {
    const given = searchParams.getAll(name);
    if (given.length > 1) errors.push({ parameter: name, detail: `${name} was given ${given.length} times; give it once` });
    else if (given.length === 1) values[name] = given[0]!;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? "query");
      if (!errors.some((error) => error.parameter === parameter)) errors.push({ parameter, detail: issue.message });
    }
  }
  return errors.length || !parsed.success ? { ok: false, errors } : { ok: true, query: parsed.data };
}
