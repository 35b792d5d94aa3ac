"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { giveFeedback } from "@/lib/feedback/give-feedback";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

/** Feedback on a session the caller attended; once given, the page shows it with the way to their CPD entry. */
export async function giveFeedbackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account");
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const registrationId = text("registrationId") ?? "";
  const input = {
    registrationId,
    relevance: text("relevance"),
    quality: text("quality"),
    mostUseful: text("mostUseful"),
    couldBeBetter: text("couldBeBetter"),
    showName: text("showName") === "on" ? "on" : "",
  };
  const result = await giveFeedback(prisma, user.id, input);
  if (!result.ok)
    return failedFormState("feedback.errors", "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors }, keptValues(formData));
  revalidatePath("/account");
  redirect(await localePath(`/account/feedback/${encodeURIComponent(registrationId)}?given=1`));
}
