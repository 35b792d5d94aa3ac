import { z } from "zod";
import { nullWhenEmpty, singleLineText } from "../forms/text-fields";
import { CorrespondenceLanguage, Regulator } from "../generated/prisma/enums";

// Messages are catalogue keys (account.errors.*), turned into words at the edge.
const email = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"))
  .transform((value) => value.toLowerCase());

const optionalText = (max: number) => nullWhenEmpty(singleLineText(max));

export const newPasswordSchema = z.string({ error: "passwordRequired" }).min(1, "passwordRequired").min(10, "passwordTooShort").max(200, "passwordTooLong");

export const detailsSchema = z.object({
  name: singleLineText(120, { required: "nameRequired" }),
  regulator: z.enum(Regulator, { error: "regulatorInvalid" }).default("NONE"),
  registrationNumber: optionalText(40),
  jobRole: optionalText(120),
  organisation: optionalText(160),
  /**
   * Emails, calendar files and certificates in Welsh, English or both. The
   * forms always send it; left out, a new account gets English (the column's
   * default) and a change of details leaves it as it was.
   */
  language: z.enum(CorrespondenceLanguage, { error: "languageInvalid" }).optional(),
});

/** The account a person creates (from a sign-up or invitation link: the address comes from the link). */
export const newAccountSchema = detailsSchema.extend({ password: newPasswordSchema });

/** The new-account form's fields as submitted (the address is never among them: it comes from the link). */
export function newAccountFormInput(formData: FormData): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(
    ["name", "password", "regulator", "registrationNumber", "jobRole", "organisation", "language"].map((key) => [key, formData.get(key) ?? undefined]),
  );
}

/** Accounts made by an operator (npm run user:create) and tests, with the address typed. */
export const signUpSchema = newAccountSchema.extend({ email });

/** Asking for a link by email: to finish signing up, or to reset a password. */
export const emailOnlySchema = z.object({ email });

export const resetPasswordSchema = z.object({ newPassword: newPasswordSchema });

export const signInSchema = z.object({
  email,
  password: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(200, "passwordTooLong"),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(200, "passwordTooLong"),
  newPassword: newPasswordSchema,
});

/** Moving an account to another address: the new one, and the current password (a session left open on a shared laptop is not enough). */
export const changeEmailSchema = z.object({
  newEmail: email,
  password: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(200, "passwordTooLong"),
});

export { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";
