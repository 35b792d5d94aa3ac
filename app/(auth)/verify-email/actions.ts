"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { requestEmailVerification } from "@/lib/auth/request-account-link";
import { verifyEmail } from "@/lib/auth/verify-email";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { pageLocale } from "@/lib/i18n/page-locale";

/** Confirms an address from its emailed link. */
export async function verifyEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const result = await verifyEmail(prisma, formData.get("token"), env().NEXTAUTH_SECRET);
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  revalidatePath("/account");
  return { status: "success", values: { email: result.email } };
}

/** Sends the signed-in person a link to confirm their own address. */
export async function sendVerificationEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account");
  const result = await requestEmailVerification(prisma, user.id, { key: env().NEXTAUTH_SECRET, siteUrl: siteUrl(), locale: await pageLocale() });
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  return { status: "success", values: { email: result.email } };
}
