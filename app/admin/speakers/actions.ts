"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revalidatePublicPages } from "@/lib/admin/revalidate-public-pages";
import { createSpeaker } from "@/lib/admin/speakers/create-speaker";
import { deleteSpeaker } from "@/lib/admin/speakers/delete-speaker";
import { speakerFormSchema } from "@/lib/admin/speakers/speaker-schema";
import { updateSpeaker } from "@/lib/admin/speakers/update-speaker";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { failedFormState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { formInput, submittedValues } from "@/lib/forms/submitted-values";
import { localePath } from "@/lib/i18n/locale-path";

const speakerFields = ["name", "slug", "role", "roleCy", "organisation", "organisationCy", "bio", "bioCy"];
const speakerIdSchema = z.string().trim().min(1).max(40);

export async function createSpeakerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/speakers/new");
  const input = formInput(formData, speakerFields);
  const parsed = speakerFormSchema.safeParse(input);
  if (!parsed.success) return failedFormState("admin.speakers.errors", { fieldErrors: fieldErrorsOf(parsed.error) }, submittedValues(formData));
  const result = await createSpeaker(prisma, organiser, input);
  if (!result.ok) return failedFormState("admin.speakers.errors", result, submittedValues(formData));
  revalidatePath("/admin/speakers");
  redirect(await localePath(`/admin/speakers/${result.speakerId}?created=1`));
}

export async function updateSpeakerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/speakers");
  const speakerId = speakerIdSchema.safeParse(formData.get("speakerId"));
  const input = formInput(formData, speakerFields);
  const parsed = speakerFormSchema.safeParse(input);
  if (!speakerId.success) return failedFormState("admin.speakers.errors", { fieldErrors: { form: "notFound" } });
  if (!parsed.success) return failedFormState("admin.speakers.errors", { fieldErrors: fieldErrorsOf(parsed.error) }, submittedValues(formData));
  const result = await updateSpeaker(prisma, organiser, speakerId.data, input);
  if (!result.ok) return failedFormState("admin.speakers.errors", result, submittedValues(formData));
  revalidatePublicPages();
  revalidatePath("/admin/speakers");
  revalidatePath(`/admin/speakers/${speakerId.data}`);
  return { status: "success", message: (await getTranslations("admin.speakers.edit"))("saved") };
}

export async function deleteSpeakerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/speakers");
  const speakerId = speakerIdSchema.safeParse(formData.get("speakerId"));
  if (!speakerId.success) return failedFormState("admin.speakers.errors", { fieldErrors: { form: "notFound" } });
  const result = await deleteSpeaker(prisma, organiser, speakerId.data);
  if (!result.ok) return failedFormState("admin.speakers.errors", result);
  revalidatePublicPages();
  revalidatePath("/admin/speakers");
  redirect(await localePath("/admin/speakers?deleted=1"));
}
