"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { fieldErrorsOf, promoteOrganiserSchema, removeOrganiserSchema, withdrawInvitationSchema } from "@/lib/admin/organisers/organiser-schemas";
import { promoteOrganiser } from "@/lib/admin/organisers/promote-organiser";
import { removeOrganiser } from "@/lib/admin/organisers/remove-organiser";
import { withdrawInvitation } from "@/lib/admin/organisers/withdraw-invitation";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";
import { dateLocale } from "@/lib/i18n/locales";
import { formatClock, formatLongDate } from "@/lib/programme/event-time";

const PAGE = "/admin/organisers";
const LONDON = "Europe/London";

/** Makes an existing account an organiser, or invites the address by email. */
export async function promoteOrganiserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser(PAGE);
  const input = { email: formData.get("email") ?? "" };
  const parsed = promoteOrganiserSchema.safeParse(input);
  if (!parsed.success)
    return failedFormState("admin.organisers.errors", { fieldErrors: fieldErrorsOf(parsed.error), values: { email: "" } }, keptValues(formData));
  const result = await promoteOrganiser(prisma, organiser, parsed.data, { siteUrl: siteUrl(), key: env().NEXTAUTH_SECRET });
  if (!result.ok)
    return failedFormState("admin.organisers.errors", { fieldErrors: result.fieldErrors, values: { email: "", ...result.values } }, keptValues(formData));
  revalidatePath(PAGE);
  revalidatePath("/admin/audit");
  const t = await getTranslations("admin.organisers.add");
  const dates = dateLocale(await getLocale());
  if (result.outcome === "promoted") return { status: "success", message: t("promoted", { name: result.name, email: result.email }), values: { email: "" } };
  const expires = `${formatClock(result.expiresAt, LONDON, dates)}, ${formatLongDate(result.expiresAt, LONDON, dates)}`;
  const message = result.emailSent ? t(result.outcome, { email: result.email, expires }) : t("invitedNotSent", { email: result.email });
  return { status: "success", message, values: { email: "" } };
}

/** Takes the organiser role away, never from the last organiser; removing your own sends you to your account. */
export async function removeOrganiserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser(PAGE);
  const parsed = removeOrganiserSchema.safeParse({ userId: formData.get("userId") ?? "" });
  if (!parsed.success) return failedFormState("admin.organisers.errors", { refusal: "notOrganiser" });
  const result = await removeOrganiser(prisma, organiser, parsed.data);
  if (!result.ok) return failedFormState("admin.organisers.errors", result);
  revalidatePath("/admin/audit");
  if (result.removedSelf) redirect(await localePath("/account"));
  revalidatePath(PAGE);
  redirect(await localePath(`${PAGE}?notice=removed`));
}

/** Withdraws an invitation that has not been accepted yet. */
export async function withdrawInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser(PAGE);
  const parsed = withdrawInvitationSchema.safeParse({ invitationId: formData.get("invitationId") ?? "" });
  if (!parsed.success) return failedFormState("admin.organisers.errors", { refusal: "invitationGone" });
  const result = await withdrawInvitation(prisma, organiser, parsed.data);
  if (!result.ok) return failedFormState("admin.organisers.errors", result);
  revalidatePath(PAGE);
  revalidatePath("/admin/audit");
  redirect(await localePath(`${PAGE}?notice=withdrawn`));
}
