"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { endSession } from "@/lib/auth/session-cookie";
import { prisma } from "@/lib/db";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { deleteMyAccount } from "@/lib/privacy/delete-my-account";
import { notifyPromoted } from "@/lib/registration/registration-notifications";
import { asFormData } from "@/lib/forms/as-form-data";
import { localePath } from "@/lib/i18n/locale-path";

const formOrder = ["certificateName", "confirm", "currentPassword"] as const;

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/privacy/delete");
  const t = await getTranslations("privacy.delete.errors");
  const input = {
    currentPassword: formData.get("currentPassword") ?? undefined,
    confirm: formData.get("confirm") ?? undefined,
    certificateName: formData.get("certificateName") ?? undefined,
  };
  const result = await deleteMyAccount(prisma, user.id, input);
  if (!result.ok) {
    const values = keptValues(formData);
    if ("fieldErrors" in result) {
      // In the order the fields appear on the form, so the summary reads top to bottom.
      const fieldErrors = Object.fromEntries(
        formOrder.filter((field) => result.fieldErrors[field]).map((field) => [field, t(result.fieldErrors[field] as never)]),
      );
      return { status: "error", fieldErrors, values };
    }
    return { status: "error", message: t(result.error), values };
  }
  await notifyPromoted(result.promotedRegistrationIds);
  // Nothing to revalidate for the places released: places left are counted on every request.
  await endSession();
  redirect(await localePath("/account/privacy/deleted"));
}
