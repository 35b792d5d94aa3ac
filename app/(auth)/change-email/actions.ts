"use server";

import { confirmEmailChange } from "@/lib/auth/change-email";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";

/** Moves the account to the address the link was sent to (anyone holding the link may press the button: it proves the mailbox). */
export async function confirmEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const result = await confirmEmailChange(prisma, formData.get("token"), { key: env().NEXTAUTH_SECRET, siteUrl: siteUrl() });
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  // Nothing to revalidate: account pages are drawn for each request. (Revalidating
  // would also draw this page again, now with its link used up, over the answer.)
  return { status: "success", values: { email: result.email } };
}
