import type { z } from "zod";

/** Field name → message key (or message), one per field. */
export type FieldErrors = Record<string, string>;

/**
 * The first problem with each field, keyed by the field's name (the first
 * part of the issue's path). `fieldFor` lets a form show a problem with a
 * whole group (e.g. a list of rows) beside one of its controls.
 */
export function fieldErrorsOf(error: z.ZodError, fieldFor: (field: string) => string = (field) => field): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[fieldFor(String(issue.path[0] ?? "form"))] ??= issue.message;
  return errors;
}
