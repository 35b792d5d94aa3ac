"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requestEmailChange } from "@/lib/auth/change-email";
import { requireUser } from "@/lib/auth/current-user";
import { getAccountForSession } from "@/lib/auth/get-account-for-session";
import { startSession } from "@/lib/auth/session-cookie";
import { changePassword, updateAccountDetails } from "@/lib/auth/update-account";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { resetCalendarToken } from "@/lib/registration/my-calendar";

export async function updateDetailsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/details");
  const input = Object.fromEntries(
    ["name", "regulator", "registrationNumber", "jobRole", "organisation", "language"].map((key) => [key, formData.get(key) ?? undefined]),
  );
  const result = await updateAccountDetails(prisma, user.id, input);
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  revalidatePath("/account");
  return { status: "success", message: (await getTranslations("account.details"))("saved"), values: keptValues(formData) };
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/details");
  const result = await changePassword(prisma, user.id, {
    currentPassword: formData.get("currentPassword") ?? "",
    newPassword: formData.get("newPassword") ?? "",
  });
  if (!result.ok) return failedFormState("account.errors", result);
  // Other devices carry the old session version and are now signed out; this one continues.
  await startSession(await getAccountForSession(prisma, user.id));
  return { status: "success", message: (await getTranslations("account.details"))("passwordChanged") };
}

export async function resetCalendarAction(_previous: FormState): Promise<FormState> {
  const user = await requireUser("/account");
  await resetCalendarToken(prisma, user.id);
  revalidatePath("/account");
  return { status: "success", message: (await getTranslations("account.programme"))("calendarResetDone") };
}

/** Sends a link to the new address; the account moves to it only when the link is followed (lib/auth/change-email.ts). */
export async function requestEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/details");
  const result = await requestEmailChange(
    prisma,
    user.id,
    { newEmail: formData.get("newEmail") ?? "", password: formData.get("password") ?? "" },
    { key: env().NEXTAUTH_SECRET, siteUrl: siteUrl() },
  );
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  revalidatePath("/account/details");
  return { status: "success", message: (await getTranslations("account.details"))("emailChangeSent", { email: result.email }) };
}
