// What a submitted form holds, read for the two things an action does with it:
// keep it to show again after a failure, and hand it to a lib function.

/** Text fields of a submitted form, with every ticked value of the checkbox groups joined by commas. */
export function submittedValues(formData: FormData, checkboxGroups: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  for (const group of checkboxGroups)
    values[group] = formData
      .getAll(group)
      .filter((value) => typeof value === "string")
      .join(",");
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
