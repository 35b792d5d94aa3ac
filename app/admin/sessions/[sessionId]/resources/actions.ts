"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { moveSessionResource } from "@/lib/admin/resources/move-session-resource";
import { removeSessionResource } from "@/lib/admin/resources/remove-session-resource";
import { readResourceForm } from "@/lib/admin/resources/resource-form-schema";
import { saveSessionResource } from "@/lib/admin/resources/save-session-resource";
import { revalidatePublicPages } from "@/lib/admin/revalidate-public-pages";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

// A session's slides, recordings and reading: add, edit, remove and reorder
// its links. Each change shows on the session's public page at once: the
// resources for everyone are part of the cached page (docs/decisions/0006,
// 0010), the others are read for each signed-in person on every request.

const MESSAGES = "admin.resources.errors";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

function resourcesPage(sessionId: string) {
  return `/admin/sessions/${encodeURIComponent(sessionId)}/resources`;
}

function revalidateResourcePages(sessionId: string) {
  revalidatePublicPages();
  revalidatePath(resourcesPage(sessionId));
}

/** Where a row's action leads: the list, saying what happened, by the resource's id (never its title) in the address. */
async function backToList(sessionId: string, done: "saved" | "removed" | "moved", resourceId: string): Promise<never> {
  redirect(await localePath(`${resourcesPage(sessionId)}?done=${done}&resource=${encodeURIComponent(resourceId)}#resources-heading`));
}

export async function saveSessionResourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const input = readResourceForm(formData);
  let result;
  try {
    result = await saveSessionResource(prisma, organiser, input);
  } catch (error) {
    console.error("Saving a session resource failed:", error);
    return failedFormState(MESSAGES, { refusal: "unexpected" }, keptValues(formData));
  }
  if (!result.ok) return failedFormState(MESSAGES, result, keptValues(formData));
  const sessionId = input.sessionId ?? "";
  revalidateResourcePages(sessionId);
  if (!result.added) return backToList(sessionId, "saved", result.resourceId);
  // Added: the form starts empty again for the next link, and says what was added.
  return { status: "success", message: (await getTranslations("admin.resources"))("added", { title: result.title }) };
}

export async function removeSessionResourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const input = { sessionId: text(formData, "sessionId"), resourceId: text(formData, "resourceId") };
  const result = await removeSessionResource(prisma, organiser, input);
  if (!result.ok) return failedFormState(MESSAGES, result);
  revalidateResourcePages(input.sessionId ?? "");
  return backToList(input.sessionId ?? "", "removed", input.resourceId ?? "");
}

export async function moveSessionResourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const input = { sessionId: text(formData, "sessionId"), resourceId: text(formData, "resourceId"), direction: text(formData, "direction") };
  const result = await moveSessionResource(prisma, organiser, input);
  if (!result.ok) return failedFormState(MESSAGES, result);
  if (result.moved) revalidateResourcePages(input.sessionId ?? "");
  return backToList(input.sessionId ?? "", "moved", input.resourceId ?? "");
}
