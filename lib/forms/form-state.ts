/** What a form's server action returns: field-by-field errors, or a message. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  /** Field name → already translated message. */
  fieldErrors?: Record<string, string>;
  /** What was typed, so a failed submit (also without JavaScript) keeps it. Never passwords. */
  values?: Record<string, string>;
};

export const idleFormState: FormState = { status: "idle" };

/** Text values of a submitted form, minus passwords. */
export function keptValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}
