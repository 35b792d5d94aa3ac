"use server";

import { redirect } from "next/navigation";
import { newAccountFormInput } from "@/lib/auth/account-schemas";
import { finishSignUp } from "@/lib/auth/finish-sign-up";
import { requestSignUpLink } from "@/lib/auth/request-account-link";
import { requestClientAddress } from "@/lib/auth/request-client";
import { signInThisBrowser } from "@/lib/auth/session-cookie";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { localePath } from "@/lib/i18n/locale-path";
import { pageLocale } from "@/lib/i18n/page-locale";

/** Step one: emails a link to finish signing up. The page says the same whether or not the address has an account. */
export async function requestSignUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const result = await requestSignUpLink(
    prisma,
    { email: formData.get("email") ?? "", returnTo: formData.get("callbackUrl") },
    { address: await requestClientAddress(), key: env().NEXTAUTH_SECRET, siteUrl: siteUrl(), locale: await pageLocale() },
  );
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  return { status: "success", values: { email: result.email } };
}

/** Step two, from the link: makes the account (its address already proved) and signs the person in. */
export async function finishSignUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const input = newAccountFormInput(formData);
  const result = await finishSignUp(prisma, formData.get("token"), input, env().NEXTAUTH_SECRET);
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  await signInThisBrowser(result.user);
  redirect(await localePath(safeReturnPath(result.returnTo)));
}
