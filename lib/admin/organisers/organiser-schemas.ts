import { z } from "zod";

// Messages are keys in admin.organisers.errors, turned into words at the edge.

export const promoteOrganiserSchema = z.object({
  email: z
    .string({ error: "emailRequired" })
    .trim()
    .min(1, "emailRequired")
    .max(254, "emailInvalid")
    .pipe(z.email("emailInvalid"))
    .transform((value) => value.toLowerCase()),
});

export const removeOrganiserSchema = z.object({
  userId: z.string({ error: "notOrganiser" }).trim().min(1, "notOrganiser").max(100, "notOrganiser"),
});

export const withdrawInvitationSchema = z.object({
  invitationId: z.string({ error: "invitationGone" }).trim().min(1, "invitationGone").max(100, "invitationGone"),
});

export { fieldErrorsOf, type FieldErrors } from "../../forms/field-errors";
