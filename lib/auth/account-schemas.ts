import { z } from "zod";
import { Regulator } from "../generated/prisma/enums";

// Messages are catalogue keys (account.errors.*), turned into words at the edge.
const email = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"))
  .transform((value) => value.toLowerCase());

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((value) => (value ? value : null));

export const newPasswordSchema = z
  .string({ error: "passwordRequired" })
  .min(1, "passwordRequired")
  .min(10, "passwordTooShort")
  .max(200, "passwordTooLong");

export const detailsSchema = z.object({
  name: z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(120, "tooLong"),
  regulator: z.enum(Regulator, { error: "regulatorInvalid" }).default("NONE"),
  registrationNumber: optionalText(40),
  jobRole: optionalText(120),
  organisation: optionalText(160),
});

export const signUpSchema = detailsSchema.extend({ email, password: newPasswordSchema });

export const signInSchema = z.object({
  email,
  password: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(200, "passwordTooLong"),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(200, "passwordTooLong"),
  newPassword: newPasswordSchema,
});

export { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";
