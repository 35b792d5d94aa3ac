"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { cancelRegistration } from "@/lib/registration/cancel-registration";
import { findClashes } from "@/lib/registration/find-clashes";
import { registerForSession } from "@/lib/registration/register-for-session";
import { RegistrationError } from "@/lib/registration/registration-errors";
import { notifyBooked, notifyPromoted } from "@/lib/registration/registration-notifications";
import { waitlistRank } from "@/lib/registration/waitlist-rank";
import { asFormData } from "@/lib/forms/as-form-data";
import { localePath } from "@/lib/i18n/locale-path";

const idSchema = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i);
const registerSchema = z.object({ sessionId: idSchema, returnTo: z.string().max(300).optional() });
const cancelSchema = z.object({ registrationId: idSchema, returnTo: z.string().max(300).optional() });

async function failure(error: unknown): Promise<FormState> {
  const t = await getTranslations("registration.errors");
  if (error instanceof RegistrationError) return { status: "error", message: t(error.code) };
  console.error("Registration action failed:", error);
  return { status: "error", message: t("unexpected") };
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
  const t = await getTranslations("registration");
  if (!parsed.success) return { status: "error", message: t("errors.invalid") };

  try {
    const outcome = await registerForSession(prisma, { userId: user.id, sessionId: parsed.data.sessionId });
    await notifyBooked(outcome);
    revalidateSessionPages(returnTo);
    const clashes = outcome.status === "CONFIRMED" ? await findClashes(prisma, { userId: user.id, sessionId: parsed.data.sessionId }) : [];
    const position = outcome.status === "WAITLISTED" ? await waitlistRank(prisma, outcome.registrationId) : 0;
    const message = outcome.alreadyRegistered
      ? t("alreadyBooked")
      : outcome.status === "CONFIRMED"
        ? t("bookedConfirmed")
        : t("bookedWaitlisted", { position });
    const warning = clashes.length ? ` ${t("clash", { titles: clashes.map((clash) => clash.session.title).join(", ") })}` : "";
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
  const t = await getTranslations("registration");
  if (!parsed.success) return { status: "error", message: t("errors.invalid") };
  try {
    const outcome = await cancelRegistration(prisma, { userId: user.id, registrationId: parsed.data.registrationId });
    await notifyPromoted(outcome.promotedRegistrationIds);
    revalidateSessionPages(returnTo);
  } catch (error) {
    return failure(error);
  }
  // On "My programme" the cancelled booking moves to another list (and its
  // form with it), so the confirmation is shown by the page instead.
  if (returnTo === "/account") redirect(await localePath("/account?notice=cancelled"));
  return { status: "success", message: t("cancelledDone") };
}
