"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { keptValues } from "@/lib/forms/form-state";
import { singleLineText } from "@/lib/forms/text-fields";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { contentTextIn } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/locale-path";
import { pageLocale } from "@/lib/i18n/page-locale";
import { readAccessRequestForm } from "@/lib/registration/access-needs/access-request-form";
import { saveAccessRequest } from "@/lib/registration/access-needs/save-access-request";
import { cancelRegistration } from "@/lib/registration/cancel-registration";
import { findClashes } from "@/lib/registration/find-clashes";
import { reserveInvitationCodeAttempt } from "@/lib/registration/invitation-code-attempts";
import { registerForSession } from "@/lib/registration/register-for-session";
import { RegistrationError } from "@/lib/registration/registration-errors";
import { waitlistRank } from "@/lib/registration/waitlist-rank";
import { withdrawBookingRequest } from "@/lib/registration/withdraw-booking-request";

const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i);
const registerSchema = z.object({
  sessionId: idSchema,
  returnTo: z.string().max(300).optional(),
  // Only sessions "by invitation" read it; typed in any case, with spaces around it.
  invitationCode: singleLineText(40).optional(),
});
const withdrawSchema = z.object({ requestId: idSchema, returnTo: z.string().max(300).optional() });
const cancelSchema = z.object({ registrationId: idSchema, returnTo: z.string().max(300).optional() });

const CODE_REFUSALS = new Set(["INVITATION_CODE_REQUIRED", "INVITATION_CODE_INVALID", "INVITATION_CODE_EXPIRED", "INVITATION_CODE_USED_UP"]);

/** A booking or cancellation refused: the registration error's code, in words (registration.errors); a code's problem beside the code. */
function failure(error: unknown, typed?: Record<string, string>): Promise<FormState> {
  if (error instanceof RegistrationError && CODE_REFUSALS.has(error.code)) {
    return failedFormState("registration.errors", { fieldErrors: { invitationCode: error.code } }, typed);
  }
  if (error instanceof RegistrationError) return failedFormState("registration.errors", { refusal: error.code });
  console.error("Registration action failed:", error);
  return failedFormState("registration.errors", { refusal: "unexpected" });
}

function revalidateSessionPages(returnTo: string) {
  revalidatePath("/programme");
  revalidatePath("/account");
  revalidatePath(returnTo);
}

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const returnTo = safeReturnPath(formData.get("returnTo"), "/programme");
  const user = await getCurrentUser();
  if (!user) redirect(await localePath(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`));
  const parsed = registerSchema.safeParse({
    sessionId: formData.get("sessionId"),
    returnTo: formData.get("returnTo") ?? undefined,
    invitationCode: formData.get("invitationCode") ?? undefined,
  });
  const typed = keptValues(formData);
  if (!parsed.success) {
    const codeIssue = parsed.error.issues.some((issue) => issue.path[0] === "invitationCode");
    return codeIssue
      ? failedFormState("registration.errors", { fieldErrors: { invitationCode: "INVITATION_CODE_INVALID" } }, typed)
      : failedFormState("registration.errors", { refusal: "invalid" });
  }
  const t = await getTranslations("registration");
  const invitationCode = parsed.data.invitationCode || null;
  if (invitationCode && !(await reserveInvitationCodeAttempt(prisma, user.id))) {
    return failedFormState("registration.errors", { fieldErrors: { invitationCode: "tooManyCodeAttempts" } }, typed);
  }

  try {
    const outcome = await registerForSession(prisma, { userId: user.id, sessionId: parsed.data.sessionId, invitationCode });
    revalidateSessionPages(returnTo);
    if (outcome.status === "REQUESTED") return { status: "success", message: outcome.alreadyRegistered ? t("rule.requested") : t("rule.requestSent") };
    const clashes = outcome.status === "CONFIRMED" ? await findClashes(prisma, { userId: user.id, sessionId: parsed.data.sessionId }) : [];
    const position = outcome.status === "WAITLISTED" ? await waitlistRank(prisma, outcome.registrationId) : 0;
    const message = outcome.alreadyRegistered
      ? t("alreadyBooked")
      : outcome.status === "CONFIRMED"
        ? t("bookedConfirmed")
        : t("bookedWaitlisted", { position });
    const locale = await pageLocale();
    const warning = clashes.length
      ? ` ${t("clash", { titles: clashes.map((clash) => contentTextIn(locale, clash.session.title, clash.session.titleCy)).join(", ") })}`
      : "";
    return { status: "success", message: `${message}${warning}` };
  } catch (error) {
    return failure(error, typed);
  }
}

/** The person takes back their request for a place on a session that needs approval (before an organiser decides). */
export async function withdrawBookingRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const returnTo = safeReturnPath(formData.get("returnTo"), "/account");
  const user = await getCurrentUser();
  if (!user) redirect(await localePath(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`));
  const parsed = withdrawSchema.safeParse({ requestId: formData.get("requestId"), returnTo: formData.get("returnTo") ?? undefined });
  if (!parsed.success) return failedFormState("registration.errors", { refusal: "invalid" });
  try {
    await withdrawBookingRequest(prisma, { userId: user.id, requestId: parsed.data.requestId });
    revalidateSessionPages(returnTo);
  } catch (error) {
    return failure(error);
  }
  return { status: "success", message: (await getTranslations("registration"))("rule.requestWithdrawn") };
}

export async function cancelRegistrationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const returnTo = safeReturnPath(formData.get("returnTo"), "/account");
  const user = await getCurrentUser();
  if (!user) redirect(await localePath(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`));
  const parsed = cancelSchema.safeParse({ registrationId: formData.get("registrationId"), returnTo: formData.get("returnTo") ?? undefined });
  if (!parsed.success) return failedFormState("registration.errors", { refusal: "invalid" });
  try {
    await cancelRegistration(prisma, { userId: user.id, registrationId: parsed.data.registrationId });
    revalidateSessionPages(returnTo);
  } catch (error) {
    return failure(error);
  }
  // On "My programme" the cancelled booking moves to another list (and its
  // form with it), so the confirmation is shown by the page instead.
  if (returnTo === "/account") redirect(await localePath("/account?notice=cancelled"));
  return { status: "success", message: (await getTranslations("registration"))("cancelledDone") };
}

/** Saves (or, with nothing chosen, removes) what the signed-in person needs to take part in a session they booked. */
export async function saveAccessNeedsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await getCurrentUser();
  if (!user) redirect(await localePath("/sign-in?callbackUrl=%2Faccount"));
  const input = readAccessRequestForm(formData);
  const typed = { needs: input.needs.join(","), other: input.other };
  const result = await saveAccessRequest(prisma, user.id, input);
  if (!result.ok)
    return failedFormState("registration.access.errors", "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors }, typed);
  return { status: "success", message: (await getTranslations("registration.access"))(result.saved), values: typed };
}
