"use server";

import { redirect } from "next/navigation";
import { requestPasswordReset } from "@/lib/auth/request-account-link";
import { requestClientAddress } from "@/lib/auth/request-client";
import { resetPassword } from "@/lib/auth/reset-password";
import { signInThisBrowser } from "@/lib/auth/session-cookie";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";
import { pageLocale } from "@/lib/i18n/page-locale";

/** Emails a link to set a new password; the page says the same whether or not the address has an account. */
export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const result = await requestPasswordReset(
    prisma,
    { email: formData.get("email") ?? "" },
    { address: await requestClientAddress(), key: env().NEXTAUTH_SECRET, siteUrl: siteUrl(), locale: await pageLocale() },
  );
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  return { status: "success", values: { email: result.email } };
}

/** Sets the new password from the link, signs out every other session and signs this browser in. */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const result = await resetPassword(prisma, formData.get("token"), { newPassword: formData.get("newPassword") ?? "" }, env().NEXTAUTH_SECRET);
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  await signInThisBrowser(result.user);
  redirect(await localePath("/account?password=reset"));
}
