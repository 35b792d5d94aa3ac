"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";
import { saveMessageDraft } from "@/lib/messages/save-message-draft";
import { cancelScheduledMessage, discardMessageDraft, sendMessage } from "@/lib/messages/send-message";

// Organisers' messages: write and preview (a draft), then send or schedule;
// cancel a scheduled one; discard a draft. Messages are keys of admin.messages.errors.

const ERRORS = "admin.messages.errors";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

const messagePage = (messageId: string, done?: string) => `/admin/messages/${encodeURIComponent(messageId)}${done ? `?done=${done}` : ""}`;

function listPage(scope: { eventId: string; sessionId: string | null }): string {
  return scope.sessionId ? `/admin/sessions/${encodeURIComponent(scope.sessionId)}/messages` : `/admin/events/${encodeURIComponent(scope.eventId)}/messages`;
}

export async function saveMessageDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const input = Object.fromEntries(
    ["sessionId", "eventId", "messageId", "audience", "subject", "body", "subjectCy", "bodyCy", "when", "sendOn", "sendTime"].map((name) => [
      name,
      text(formData, name),
    ]),
  );
  const result = await saveMessageDraft(prisma, organiser, input);
  if (!result.ok) return failedFormState(ERRORS, "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors }, keptValues(formData));
  redirect(await localePath(messagePage(result.messageId)));
}

export async function sendMessageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const messageId = text(formData, "messageId") ?? "";
  let result;
  try {
    result = await sendMessage(prisma, organiser, { messageId, englishOnly: text(formData, "englishOnly") === "on" ? "on" : "" });
  } catch (error) {
    console.error("Sending a message failed:", error);
    return failedFormState(ERRORS, { refusal: "unexpected" });
  }
  if (!result.ok) return failedFormState(ERRORS, "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors });
  revalidatePath("/admin/messages", "layout");
  redirect(await localePath(messagePage(messageId, result.scheduled ? "scheduled" : "sent")));
}

export async function cancelMessageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const messageId = text(formData, "messageId") ?? "";
  const result = await cancelScheduledMessage(prisma, organiser, messageId);
  if (!result.ok) return failedFormState(ERRORS, { refusal: result.refusal });
  revalidatePath(listPage(result));
  redirect(await localePath(messagePage(messageId, "cancelled")));
}

export async function discardMessageDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const result = await discardMessageDraft(prisma, organiser, text(formData, "messageId"));
  if (!result.ok) return failedFormState(ERRORS, { refusal: result.refusal });
  revalidatePath(listPage(result));
  redirect(await localePath(`${listPage(result)}?done=discarded`));
}
