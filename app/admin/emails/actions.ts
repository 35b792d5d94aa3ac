"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { retryFailedEmail, retryFailedEmailSchema } from "@/lib/admin/emails/retry-failed-email";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

const PAGE = "/admin/emails";
const ERRORS = "admin.emails.errors";

/** "Try again" on a failed email: its job runs again now, with a fresh set of attempts. */
export async function retryFailedEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser(PAGE);
  const parsed = retryFailedEmailSchema.safeParse({ emailId: formData.get("emailId") });
  if (!parsed.success) return failedFormState(ERRORS, { refusal: "invalid" });
  let result;
  try {
    result = await retryFailedEmail(prisma, organiser, parsed.data);
  } catch (error) {
    console.error("Trying an email again failed:", error);
    return failedFormState(ERRORS, { refusal: "unexpected" });
  }
  if (!result.ok) return failedFormState(ERRORS, result);
  revalidatePath(PAGE);
  revalidatePath("/admin");
  revalidatePath("/admin/audit");
  redirect(await localePath(`${PAGE}?done=retried&email=${result.emailId}`));
}
