"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { cpdFormInput } from "@/lib/cpd/cpd-entry-schema";
import { deleteCpdEntry } from "@/lib/cpd/delete-cpd-entry";
import { deleteLearningDiscussion } from "@/lib/cpd/delete-learning-discussion";
import { logSessionCpd } from "@/lib/cpd/log-session-cpd";
import { requestPeerConfirmation } from "@/lib/cpd/peer/request-peer-confirmation";
import { recordLearningDiscussion } from "@/lib/cpd/record-learning-discussion";
import { saveOtherCpd } from "@/lib/cpd/save-other-cpd";
import { saveRenewalDate } from "@/lib/cpd/save-renewal-date";
import { prisma } from "@/lib/db";
import { env, siteUrl } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState, type FormFailure } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

const reflectionFields = ["learning", "impact", "peerNotes", "peerReflection"] as const;

/** A CPD form's failure in words; chosen standards are repeated values, kept joined so the form can tick them again. */
function formStateOf(result: FormFailure, formData: FormData): Promise<FormState> {
  return failedFormState({ fields: "cpd.errors", refusals: "cpd.form" }, result, {
    ...keptValues(formData),
    standards: formData.getAll("standards").join(" "),
  });
}

export async function logSessionCpdAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/cpd");
  const result = await logSessionCpd(prisma, user, cpdFormInput(formData, ["registrationId", "hours", ...reflectionFields]));
  if (!result.ok) return formStateOf(result, formData);
  revalidatePath("/account/cpd");
  redirect(await localePath("/account/cpd?notice=saved"));
}

export async function saveOtherCpdAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/cpd");
  const result = await saveOtherCpd(
    prisma,
    user,
    cpdFormInput(formData, ["entryId", "observationBookingId", "title", "activityType", "activityDate", "hours", ...reflectionFields]),
  );
  if (!result.ok) return formStateOf(result, formData);
  revalidatePath("/account/cpd");
  redirect(await localePath("/account/cpd?notice=saved"));
}

export async function deleteCpdEntryAction(formData: FormData): Promise<void> {
  formData = asFormData(formData);
  const user = await requireUser("/account/cpd");
  const entryId = formData.get("entryId");
  // Someone else's entry, or one already gone, is left alone and they land on their own record.
  if (typeof entryId === "string" && entryId.length <= 40 && (await deleteCpdEntry(prisma, user, entryId))) {
    revalidatePath("/account/cpd");
    redirect(await localePath("/account/cpd?notice=deleted"));
  }
  redirect(await localePath("/account/cpd"));
}

export async function saveRenewalDateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/cpd");
  const result = await saveRenewalDate(prisma, user, { renewalDate: formData.get("renewalDate") ?? undefined });
  if (!result.ok) return formStateOf(result, formData);
  revalidatePath("/account/cpd");
  return { status: "success", message: (await getTranslations("cpd.renewal"))("saved") };
}

export async function recordLearningDiscussionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/cpd");
  const result = await recordLearningDiscussion(prisma, user, {
    discussedOn: formData.get("discussedOn") ?? undefined,
    discussionNote: formData.get("discussionNote") ?? undefined,
  });
  if (!result.ok) return formStateOf(result, formData);
  revalidatePath("/account/cpd");
  return { status: "success", message: (await getTranslations("cpd.discussion"))("saved") };
}

export async function deleteLearningDiscussionAction(formData: FormData): Promise<void> {
  formData = asFormData(formData);
  const user = await requireUser("/account/cpd");
  const discussionId = formData.get("discussionId");
  // Someone else's discussion, or one already gone, is left alone and they land on their own record.
  if (typeof discussionId === "string" && discussionId.length <= 40 && (await deleteLearningDiscussion(prisma, user, discussionId))) {
    revalidatePath("/account/cpd");
    redirect(await localePath("/account/cpd?notice=discussionRemoved"));
  }
  redirect(await localePath("/account/cpd"));
}

/** Emails a colleague a single-use link to confirm the peer discussion on one of the caller's entries. */
export async function requestPeerConfirmationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const user = await requireUser("/account/cpd");
  const input = Object.fromEntries(["entryId", "colleagueName", "colleagueEmail", "language"].map((field) => [field, formData.get(field) ?? undefined]));
  const result = await requestPeerConfirmation(prisma, user, input, { key: env().NEXTAUTH_SECRET, siteUrl: siteUrl() });
  if (!result.ok) return failedFormState({ fields: "cpd.errors", refusals: "cpd.peer" }, result, keptValues(formData));
  revalidatePath("/account/cpd");
  redirect(await localePath(`/account/cpd/${encodeURIComponent(String(input.entryId))}/peer?notice=sent`));
}
