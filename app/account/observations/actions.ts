"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";
import { bookObservation, cancelObservation } from "@/lib/observations/book-observation";
import { saveObservationReflection } from "@/lib/observations/save-reflection";

// A senior leader's practice observations: book a slot, cancel, and write the
// reflection afterwards. The caller is always the signed-in person; whether
// they are a senior leader is checked by the booking itself.

const MESSAGES = "observations.leader.errors";

function revalidateObservationPages() {
  revalidatePath("/account/observations", "layout");
  revalidatePath("/admin/observations", "layout");
}

export async function bookObservationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/observations");
  let result;
  try {
    result = await bookObservation(prisma, user.id, formData.get("slotId"));
  } catch (error) {
    console.error("Booking an observation failed:", error);
    return failedFormState(MESSAGES, { refusal: "unexpected" });
  }
  if (!result.ok) return failedFormState(MESSAGES, { refusal: result.refusal });
  revalidateObservationPages();
  // The slot's button goes (it is booked now), so the page says what happened.
  redirect(await localePath("/account/observations?done=booked"));
}

export async function cancelObservationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/observations");
  const result = await cancelObservation(prisma, user.id, formData.get("bookingId"));
  if (!result.ok) return failedFormState(MESSAGES, { refusal: result.refusal });
  revalidateObservationPages();
  redirect(await localePath("/account/observations?done=cancelled"));
}

export async function saveReflectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/observations");
  const input = Object.fromEntries(["bookingId", "workingWell", "couldBeBetter", "themes", "followUp"].map((name) => [name, formData.get(name) ?? undefined]));
  const result = await saveObservationReflection(prisma, user.id, input);
  if (!result.ok)
    return failedFormState(MESSAGES, "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors }, keptValues(formData));
  revalidateObservationPages();
  return { status: "success", message: (await getTranslations("observations.leader.reflection"))("saved"), values: keptValues(formData) };
}
