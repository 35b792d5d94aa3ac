"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { checkInToSession } from "@/lib/cpd/check-in/check-in-to-session";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

/** The signed-in person checks in to their own session with the announced code; then on to logging CPD. */
export async function checkInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account");
  const registrationId = formData.get("registrationId");
  const result = await checkInToSession(prisma, user, { registrationId, code: formData.get("code") ?? "" });
  if (!result.ok) return failedFormState("cpd.checkIn.errors", result, keptValues(formData));
  revalidatePath("/account");
  revalidatePath("/account/cpd");
  redirect(await localePath(`/account/cpd/sessions/${encodeURIComponent(String(registrationId))}?checkedIn=1`));
}
