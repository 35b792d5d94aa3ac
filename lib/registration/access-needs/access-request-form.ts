import { z } from "zod";
import { multiLineText } from "../../forms/text-fields";
import { AccessNeed } from "../../generated/prisma/enums";

// What a person needs to take part in a session they booked. Messages are
// keys of registration.access.errors.

export const accessRequestSchema = z
  .object({
    registrationId: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9]+$/i, "registrationNotFound"),
    needs: z
      .array(z.enum(AccessNeed, { error: "needsInvalid" }))
      .max(Object.keys(AccessNeed).length, "needsInvalid")
      .default([]),
    other: multiLineText(500, { tooLong: "otherTooLong" }).default(""),
  })
  .transform((form, context) => {
    const needs = new Set(form.needs);
    // Something written under "anything else" is a need of its own, ticked or not.
    if (form.other) needs.add("OTHER");
    if (needs.has("OTHER") && !form.other) {
      context.addIssue({ code: "custom", path: ["other"], message: "otherRequired" });
      return z.NEVER;
    }
    // Kept in the order the form lists them, so a summary reads the same way each time.
    return { registrationId: form.registrationId, needs: Object.values(AccessNeed).filter((need) => needs.has(need)), other: form.other || null };
  });

export type AccessRequestForm = z.output<typeof accessRequestSchema>;

export function readAccessRequestForm(formData: FormData) {
  const other = formData.get("other");
  return {
    registrationId: formData.get("registrationId"),
    needs: formData.getAll("needs").filter((entry): entry is string => typeof entry === "string"),
    other: typeof other === "string" ? other : "",
  };
}
