"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { readBookingRuleForm } from "@/lib/admin/booking/booking-rule-form";
import { createInvitationCode, withdrawInvitationCode } from "@/lib/admin/booking/invitation-codes";
import { setSessionBookingRule } from "@/lib/admin/booking/set-booking-rule";
import { decideBookingRequest } from "@/lib/admin/registrations/decide-booking-request";
import { revalidatePublicPages } from "@/lib/admin/revalidate-public-pages";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

// A session's "who may book" page: its rule, its invitation codes, and the
// requests for a place waiting for a decision.

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

function revalidateBookingPages(sessionId: string) {
  revalidatePath(`/admin/sessions/${encodeURIComponent(sessionId)}/booking`);
  revalidatePath(`/admin/sessions/${encodeURIComponent(sessionId)}/registrations`);
  revalidatePath(`/admin/sessions/${encodeURIComponent(sessionId)}`);
}

export async function setSessionBookingRuleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const typed = { ...keptValues(formData), unlisted: formData.get("unlisted") === "on" ? "on" : "" };
  const result = await setSessionBookingRule(prisma, organiser, readBookingRuleForm(formData));
  if (!result.ok)
    return failedFormState("admin.booking.errors", "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors }, typed);
  const sessionId = text(formData, "sessionId") ?? "";
  // The session's page and card say who may book, and an unlisted session leaves the listings.
  revalidatePublicPages();
  revalidateBookingPages(sessionId);
  return { status: "success", message: (await getTranslations("admin.booking"))("saved"), values: typed };
}

export async function createInvitationCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const input = {
    sessionId: text(formData, "sessionId"),
    label: text(formData, "label"),
    code: text(formData, "code"),
    maxUses: text(formData, "maxUses"),
    expiresOn: text(formData, "expiresOn"),
  };
  const result = await createInvitationCode(prisma, organiser, input);
  if (!result.ok)
    return failedFormState(
      "admin.booking.errors",
      "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors },
      keptValues(formData),
    );
  revalidateBookingPages(input.sessionId ?? "");
  return { status: "success", message: (await getTranslations("admin.booking.codes"))("added", { code: result.code }) };
}

export async function withdrawInvitationCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const sessionId = text(formData, "sessionId") ?? "";
  const result = await withdrawInvitationCode(prisma, organiser, { sessionId, codeId: text(formData, "codeId") });
  if (!result.ok) return failedFormState("admin.booking.errors", { refusal: result.refusal });
  revalidateBookingPages(sessionId);
  // The code's row (and this form in it) goes from the page, so the page says what happened.
  redirect(await localePath(`/admin/sessions/${encodeURIComponent(sessionId)}/booking?done=codeWithdrawn#codes-heading`));
}

export async function decideBookingRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const input = { sessionId: text(formData, "sessionId"), requestId: text(formData, "requestId"), decision: text(formData, "decision") };
  let result;
  try {
    result = await decideBookingRequest(prisma, organiser, input);
  } catch (error) {
    console.error("Deciding a booking request failed:", error);
    return failedFormState("admin.registrations.errors", { refusal: "unexpected" });
  }
  if (!result.ok) return failedFormState("admin.registrations.errors", result);
  revalidateBookingPages(input.sessionId ?? "");
  revalidatePath("/admin/sessions");
  // The request's row (and this form in it) goes from the list, so the page says what happened: by the request's id, never a name in the address.
  const done = result.decision === "approve" ? (result.status === "CONFIRMED" ? "approvedConfirmed" : "approvedWaitlisted") : "declined";
  redirect(
    await localePath(
      `/admin/sessions/${encodeURIComponent(input.sessionId ?? "")}/booking?done=${done}&request=${encodeURIComponent(input.requestId ?? "")}#requests-heading`,
    ),
  );
}
