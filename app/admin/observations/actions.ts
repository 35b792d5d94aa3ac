"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";
import { addSlot, deleteOpportunity, removeSlot, saveOpportunity, type ObservationAdminResult } from "@/lib/observations/manage-opportunities";
import { giveSeniorLeader, removeSeniorLeader, type SeniorLeaderResult } from "@/lib/observations/set-senior-leader";

// The organisers' side of practice observations: opportunities, their slots,
// and who counts as a senior leader. Each action checks the organiser role
// itself, and so does every function it calls.

const MESSAGES = "observations.admin.errors";

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

function failed(result: Exclude<ObservationAdminResult | SeniorLeaderResult, { ok: true }>, formData: FormData): Promise<FormState> {
  return failedFormState(MESSAGES, "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors }, keptValues(formData));
}

function revalidateObservations() {
  revalidatePath("/admin/observations", "layout");
  revalidatePath("/account/observations", "layout");
}

const opportunityInput = (formData: FormData) =>
  Object.fromEntries(
    ["eventId", "team", "teamCy", "activity", "description", "descriptionCy", "format", "location", "observersPerSlot", "hostName", "hostEmail"].map((name) => [
      name,
      text(formData, name),
    ]),
  );

export async function createOpportunityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/observations");
  const result = await saveOpportunity(prisma, organiser, opportunityInput(formData));
  if (!result.ok) return failed(result, formData);
  revalidateObservations();
  redirect(await localePath(`/admin/observations/${result.id}?done=created`));
}

export async function updateOpportunityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/observations");
  const result = await saveOpportunity(prisma, organiser, opportunityInput(formData), text(formData, "opportunityId") ?? "");
  if (!result.ok) return failed(result, formData);
  revalidateObservations();
  return { status: "success", message: (await getTranslations("observations.admin.form"))("saved"), values: keptValues(formData) };
}

export async function deleteOpportunityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/observations");
  const result = await deleteOpportunity(prisma, organiser, text(formData, "opportunityId"));
  if (!result.ok) return failed(result, formData);
  revalidateObservations();
  redirect(await localePath(`/admin/observations?event=${encodeURIComponent(text(formData, "eventId") ?? "")}&done=deleted`));
}

export async function addSlotAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/observations");
  const input = {
    opportunityId: text(formData, "opportunityId"),
    date: text(formData, "date"),
    startTime: text(formData, "startTime"),
    endTime: text(formData, "endTime"),
  };
  const result = await addSlot(prisma, organiser, input);
  if (!result.ok) return failed(result, formData);
  revalidateObservations();
  return { status: "success", message: (await getTranslations("observations.admin.slots"))("added") };
}

export async function removeSlotAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/observations");
  const opportunityId = text(formData, "opportunityId") ?? "";
  const result = await removeSlot(prisma, organiser, { opportunityId, slotId: text(formData, "slotId") });
  if (!result.ok) return failed(result, formData);
  revalidateObservations();
  // The slot's row (and this button in it) goes from the page, so the page says what happened.
  redirect(await localePath(`/admin/observations/${encodeURIComponent(opportunityId)}?done=slotRemoved#slots-heading`));
}

export async function giveSeniorLeaderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/observations");
  const result = await giveSeniorLeader(prisma, organiser, { email: text(formData, "email") });
  if (!result.ok) return failed(result, formData);
  revalidateObservations();
  return { status: "success", message: (await getTranslations("observations.admin.leaders"))("added", { name: result.name }) };
}

export async function removeSeniorLeaderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/observations");
  const result = await removeSeniorLeader(prisma, organiser, text(formData, "userId"));
  if (!result.ok) return failed(result, formData);
  revalidateObservations();
  redirect(await localePath(`/admin/observations?event=${encodeURIComponent(text(formData, "event") ?? "")}&done=leaderRemoved#leaders-heading`));
}
