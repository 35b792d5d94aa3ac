import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import type { FieldErrors } from "@/lib/admin/field-errors";

type Area = "admin.events" | "admin.themes" | "admin.speakers";

/**
 * Turns message keys from lib/admin into words: field problems go beside their
 * fields (and in the summary); "form" is a problem with the whole form.
 */
export async function failedFormState(
  area: Area,
  failure: { fieldErrors: FieldErrors; values?: Record<string, string | number> },
  values?: Record<string, string>,
): Promise<FormState> {
  const t = await getTranslations(`${area}.errors`);
  const say = (key: string) => t(key as never, (failure.values ?? {}) as never);
  const { form, ...fields } = failure.fieldErrors;
  return {
    status: "error",
    message: form ? say(form) : undefined,
    fieldErrors: Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, say(key)])),
    values,
  };
}

/** Text fields of a submitted form, with every ticked value of the checkbox groups joined by commas. */
export function submittedValues(formData: FormData, checkboxGroups: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  for (const group of checkboxGroups) values[group] = formData.getAll(group).filter((value) => typeof value === "string").join(",");
  return values;
}

/** The form's fields as the lib function expects them: strings, and arrays for checkbox groups. */
export function formInput(formData: FormData, fields: string[], checkboxGroups: string[] = []): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") input[field] = value;
  }
  for (const group of checkboxGroups) input[group] = formData.getAll(group).filter((value) => typeof value === "string");
  return input;
}
