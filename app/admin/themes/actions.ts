"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revalidatePublicPages } from "@/lib/admin/revalidate-public-pages";
import { contrastWithWhite, formatRatio } from "@/lib/admin/themes/colour-contrast";
import { createTheme } from "@/lib/admin/themes/create-theme";
import { deleteTheme } from "@/lib/admin/themes/delete-theme";
import { themeFormSchema } from "@/lib/admin/themes/theme-schema";
import { updateTheme } from "@/lib/admin/themes/update-theme";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { fieldErrorsOf, type FieldErrors } from "@/lib/forms/field-errors";
import { failedFormState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { formInput, submittedValues } from "@/lib/forms/submitted-values";
import { localePath } from "@/lib/i18n/locale-path";

const themeFields = ["eventId", "name", "nameCy", "slug", "summary", "summaryCy", "colour", "position"];
const themeIdSchema = z.string().trim().min(1).max(40);

/** The contrast message names the colour's ratio, so the organiser knows how far off it is. */
function failure(fieldErrors: FieldErrors | undefined, formData: FormData, values?: Record<string, string | number>) {
  const colour = formData.get("colour");
  const ratio = typeof colour === "string" && /^#[0-9a-fA-F]{6}$/.test(colour.trim()) ? formatRatio(contrastWithWhite(colour.trim())) : "";
  return failedFormState("admin.themes.errors", { fieldErrors, values: { ratio, ...values } }, submittedValues(formData));
}

export async function createThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/themes/new");
  const input = formInput(formData, themeFields);
  const parsed = themeFormSchema.safeParse(input);
  if (!parsed.success) return failure(fieldErrorsOf(parsed.error), formData);
  const result = await createTheme(prisma, organiser, input);
  if (!result.ok) return failure(result.fieldErrors, formData, result.values);
  revalidatePublicPages();
  revalidatePath("/admin/themes");
  revalidatePath(`/admin/events/${result.eventId}`);
  redirect(await localePath(`/admin/themes/${result.themeId}?created=1`));
}

export async function updateThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/themes");
  const themeId = themeIdSchema.safeParse(formData.get("themeId"));
  const input = formInput(formData, themeFields);
  const parsed = themeFormSchema.safeParse(input);
  if (!themeId.success) return failure({ form: "notFound" }, formData);
  if (!parsed.success) return failure(fieldErrorsOf(parsed.error), formData);
  const result = await updateTheme(prisma, organiser, themeId.data, input);
  if (!result.ok) return failure(result.fieldErrors, formData, result.values);
  revalidatePublicPages();
  revalidatePath("/admin/themes");
  revalidatePath(`/admin/themes/${themeId.data}`);
  return { status: "success", message: (await getTranslations("admin.themes.edit"))("saved") };
}

export async function deleteThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/themes");
  const themeId = themeIdSchema.safeParse(formData.get("themeId"));
  if (!themeId.success) return failedFormState("admin.themes.errors", { fieldErrors: { form: "notFound" } });
  const result = await deleteTheme(prisma, organiser, themeId.data);
  if (!result.ok) return failedFormState("admin.themes.errors", result);
  revalidatePublicPages();
  revalidatePath("/admin/themes");
  revalidatePath(`/admin/events/${result.eventId}`);
  redirect(await localePath(`/admin/themes?event=${result.eventId}&deleted=1`));
}
