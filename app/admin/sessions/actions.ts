"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revalidatePublicPages } from "@/lib/admin/revalidate-public-pages";
import { cancelSession, publishSession, unpublishSession, type StatusProblem } from "@/lib/admin/sessions/change-session-status";
import { createSession } from "@/lib/admin/sessions/create-session";
import { deleteSession } from "@/lib/admin/sessions/delete-session";
import { duplicateSession } from "@/lib/admin/sessions/duplicate-session";
import { fieldErrorsOf, readSessionForm, sessionFormSchema, type FieldErrors } from "@/lib/admin/sessions/session-form-schema";
import { updateSession } from "@/lib/admin/sessions/update-session";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

const sessionIdSchema = z.object({ sessionId: z.string().trim().min(1).max(100) });
const statusChangeSchema = sessionIdSchema.extend({ to: z.enum(["PUBLISHED", "DRAFT"]) });

/** What was typed, with every audience ticked (keptValues keeps one value per name). */
function typedValues(formData: FormData): Record<string, string> {
  return {
    ...keptValues(formData),
    audiences: formData.getAll("audiences").join(","),
    accessProvided: formData.getAll("accessProvided").join(","),
    featured: formData.get("featured") === "on" ? "on" : "",
    peerDiscussion: formData.get("peerDiscussion") === "on" ? "on" : "",
  };
}

/** Field problems (admin.sessions.errors), with what was typed; {confirmed} is the number booked, for a capacity below it. */
function formErrors(fieldErrors: FieldErrors | undefined, formData: FormData, values?: Record<string, string | number>): Promise<FormState> {
  return failedFormState("admin.sessions.errors", { fieldErrors, values: { confirmed: 0, ...values } }, typedValues(formData));
}

/** A refusal of the whole form (admin.sessions.problems). */
function problem(key: StatusProblem | "deleteHasRegistrations"): Promise<FormState> {
  return failedFormState("admin.sessions.problems", { refusal: key });
}

async function missingSession(): Promise<FormState> {
  return problem("notFound");
}

function revalidateSessionPages(sessionId?: string) {
  revalidatePublicPages();
  revalidatePath("/admin/sessions");
  if (sessionId) revalidatePath(`/admin/sessions/${sessionId}`);
}

export async function createSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions/new");
  const parsed = sessionFormSchema.safeParse(readSessionForm(formData));
  if (!parsed.success) return formErrors(fieldErrorsOf(parsed.error), formData);
  const result = await createSession(prisma, organiser, parsed.data);
  if (!result.ok) return formErrors(result.fieldErrors, formData);
  revalidateSessionPages();
  const notes = result.notes.map((note) => `&note=${note}`).join("");
  redirect(await localePath(`/admin/sessions/${result.sessionId}?done=created${notes}`));
}

export async function updateSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const id = sessionIdSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!id.success) return missingSession();
  const parsed = sessionFormSchema.safeParse(readSessionForm(formData));
  if (!parsed.success) return formErrors(fieldErrorsOf(parsed.error), formData);
  const result = await updateSession(prisma, organiser, id.data.sessionId, parsed.data);
  if (!result.ok) return result.refusal === "notFound" ? missingSession() : formErrors(result.fieldErrors, formData, result.values);
  revalidateSessionPages(id.data.sessionId);
  const t = await getTranslations("admin.sessions");
  const saved = result.promoted ? t("savedPromoted", { count: result.promoted }) : t("saved");
  return {
    status: "success",
    message: [saved, ...result.notes.map((note) => t(`notes.${note}` as never))].join(" "),
    values: { ...typedValues(formData), slug: result.slug },
  };
}

/** Publish (draft → published) or move back to draft (published → draft, only with nobody booked). */
export async function changeSessionStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const parsed = statusChangeSchema.safeParse({ sessionId: formData.get("sessionId"), to: formData.get("to") });
  if (!parsed.success) return missingSession();
  const { sessionId, to } = parsed.data;
  const result = to === "PUBLISHED" ? await publishSession(prisma, organiser, sessionId) : await unpublishSession(prisma, organiser, sessionId);
  if (!result.ok) {
    revalidatePath(`/admin/sessions/${sessionId}`);
    return failedFormState("admin.sessions.problems", result);
  }
  revalidateSessionPages(sessionId);
  return { status: "success", message: (await getTranslations("admin.sessions"))(to === "PUBLISHED" ? "published" : "unpublished") };
}

export async function cancelSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const parsed = sessionIdSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return missingSession();
  const result = await cancelSession(prisma, organiser, parsed.data.sessionId);
  if (!result.ok) return failedFormState("admin.sessions.problems", result);
  revalidateSessionPages(parsed.data.sessionId);
  redirect(await localePath(`/admin/sessions/${parsed.data.sessionId}?done=cancelled&emailed=${result.emailed}`));
}

export async function duplicateSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const parsed = sessionIdSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return missingSession();
  const result = await duplicateSession(prisma, organiser, parsed.data.sessionId);
  if (!result.ok) return missingSession();
  revalidateSessionPages();
  redirect(await localePath(`/admin/sessions/${result.sessionId}?done=duplicated`));
}

export async function deleteSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const parsed = sessionIdSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return missingSession();
  const result = await deleteSession(prisma, organiser, parsed.data.sessionId);
  if (!result.ok) return problem(result.refusal === "hasRegistrations" ? "deleteHasRegistrations" : "notFound");
  revalidateSessionPages();
  redirect(await localePath(`/admin/sessions?deleted=${encodeURIComponent(result.title)}`));
}
