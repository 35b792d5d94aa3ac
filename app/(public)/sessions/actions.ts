"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { prisma } from "@/lib/db";
import { failedFormState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { cancelRegistration } from "@/lib/registration/cancel-registration";
import { findClashes } from "@/lib/registration/find-clashes";
import { registerForSession } from "@/lib/registration/register-for-session";
import { RegistrationError } from "@/lib/registration/registration-errors";
import { waitlistRank } from "@/lib/registration/waitlist-rank";
import { asFormData } from "@/lib/forms/as-form-data";
import { contentTextIn } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/locale-path";
import { pageLocale } from "@/lib/i18n/page-locale";

const idSchema = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i);
const registerSchema = z.object({ sessionId: idSchema, returnTo: z.string().max(300).optional() });
const cancelSchema = z.object({ registrationId: idSchema, returnTo: z.string().max(300).optional() });

/** A booking or cancellation refused: the registration error's code, in words (registration.errors). */
function failure(error: unknown): Promise<FormState> {
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
  const parsed = registerSchema.safeParse({ sessionId: formData.get("sessionId"), returnTo: formData.get("returnTo") ?? undefined });
  if (!parsed.success) return failedFormState("registration.errors", { refusal: "invalid" });
  const t = await getTranslations("registration");

  try {
    const outcome = await registerForSession(prisma, { userId: user.id, sessionId: parsed.data.sessionId });
    revalidateSessionPages(returnTo);
    const clashes = outcome.status === "CONFIRMED" ? await findClashes(prisma, { userId: user.id, sessionId: parsed.data.sessionId }) : [];
    const position = outcome.status === "WAITLISTED" ? await waitlistRank(prisma, outcome.registrationId) : 0;
    const message = outcome.alreadyRegistered
      ? t("alreadyBooked")
      : outcome.status === "CONFIRMED"
        ? t("bookedConfirmed")
        : t("bookedWaitlisted", { position });
    const locale = await pageLocale();
    const warning = clashes.length ? ` ${t("clash", { titles: clashes.map((clash) => contentTextIn(locale, clash.session.title, clash.session.titleCy)).join(", ") })}` : "";
    return { status: "success", message: `${message}${warning}` };
  } catch (error) {
    return failure(error);
  }
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
