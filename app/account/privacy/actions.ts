"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { endSession } from "@/lib/auth/session-cookie";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";
import { deleteMyAccount } from "@/lib/privacy/delete-my-account";

const formOrder = ["certificateName", "confirm", "currentPassword"] as const;

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/privacy/delete");
  const input = {
    currentPassword: formData.get("currentPassword") ?? undefined,
    confirm: formData.get("confirm") ?? undefined,
    certificateName: formData.get("certificateName") ?? undefined,
  };
  const result = await deleteMyAccount(prisma, user.id, input);
  if (!result.ok) {
    // Field problems in the order the fields appear on the form, so the summary reads top to bottom.
    const { fieldErrors } = result;
    const failure = fieldErrors
      ? { fieldErrors: Object.fromEntries(formOrder.filter((field) => fieldErrors[field]).map((field) => [field, fieldErrors[field]!])) }
      : result;
    return failedFormState("privacy.delete.errors", failure, keptValues(formData));
  }
  // Nothing to revalidate for the places released: places left are counted on every request.
  await endSession();
  redirect(await localePath("/account/privacy/deleted"));
}
