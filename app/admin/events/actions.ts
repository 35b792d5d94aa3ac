"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { readBookingRuleForm } from "@/lib/admin/booking/booking-rule-form";
import { setWeekBookingRule } from "@/lib/admin/booking/set-booking-rule";
import type { WelshGap } from "@/lib/admin/dashboard/missing-welsh";
import { createEvent } from "@/lib/admin/events/create-event";
import { deleteEvent } from "@/lib/admin/events/delete-event";
import { eventFormSchema } from "@/lib/admin/events/event-schema";
import { setEmbedOrigins } from "@/lib/admin/events/set-embed-origins";
import { setEventStatus } from "@/lib/admin/events/set-event-status";
import { updateEvent } from "@/lib/admin/events/update-event";
import { revalidatePublicPages } from "@/lib/admin/revalidate-public-pages";
import { requireOrganiser, type CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { forgetEmbedOrigins } from "@/lib/embed/embed-frame-ancestors";
import { asFormData } from "@/lib/forms/as-form-data";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { formInput, submittedValues } from "@/lib/forms/submitted-values";
import { localePath } from "@/lib/i18n/locale-path";

const eventFields = [
  "title",
  "titleCy",
  "slug",
  "summary",
  "summaryCy",
  "description",
  "descriptionCy",
  "startDate",
  "endDate",
  "timeZone",
  "organiserName",
  "organiserNameCy",
  "audienceNote",
  "audienceNoteCy",
];
const eventIdSchema = z.string().trim().min(1).max(40);

export async function createEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/events/new");
  const input = formInput(formData, eventFields, ["audiences"]);
  const parsed = eventFormSchema.safeParse(input);
  if (!parsed.success) return failedFormState("admin.events.errors", { fieldErrors: fieldErrorsOf(parsed.error) }, submittedValues(formData, ["audiences"]));
  // The lib function checks again (it is a boundary of its own) and owns the slug and the transaction.
  const result = await createEvent(prisma, organiser, input);
  if (!result.ok) return failedFormState("admin.events.errors", result, submittedValues(formData, ["audiences"]));
  revalidatePath("/admin/events");
  redirect(await localePath(`/admin/events/${result.eventId}?created=1`));
}

export async function updateEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/events");
  const eventId = eventIdSchema.safeParse(formData.get("eventId"));
  const input = formInput(formData, eventFields, ["audiences"]);
  const parsed = eventFormSchema.safeParse(input);
  if (!eventId.success) return failedFormState("admin.events.errors", { fieldErrors: { form: "notFound" } });
  if (!parsed.success) return failedFormState("admin.events.errors", { fieldErrors: fieldErrorsOf(parsed.error) }, submittedValues(formData, ["audiences"]));
  const result = await updateEvent(prisma, organiser, eventId.data, input);
  if (!result.ok) return failedFormState("admin.events.errors", result, submittedValues(formData, ["audiences"]));
  revalidatePublicPages();
  revalidatePath("/admin/events");
  revalidatePath(`/admin/events/${eventId.data}`);
  return { status: "success", message: (await getTranslations("admin.events.edit"))("saved") };
}

/** The publication form: publishing a week with Welsh still to write first answers with what is missing, and publishes nothing. */
export type PublicationFormState = FormState & { missingWelsh?: WelshGap[] };

/** Publishes a draft week; with Welsh missing, only once the form is sent again with `publishWithoutWelsh=yes` ("Publish anyway"). */
export async function publishEventAction(_previous: PublicationFormState, formData: FormData): Promise<PublicationFormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/events");
  return changeStatus(organiser, formData, "PUBLISHED");
}

export async function unpublishEventAction(_previous: PublicationFormState, formData: FormData): Promise<PublicationFormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/events");
  return changeStatus(organiser, formData, "DRAFT");
}

async function changeStatus(organiser: CurrentUser, formData: FormData, status: "PUBLISHED" | "DRAFT"): Promise<PublicationFormState> {
  const eventId = eventIdSchema.safeParse(formData.get("eventId"));
  if (!eventId.success) return failedFormState("admin.events.errors", { fieldErrors: { form: "notFound" } });
  const publishWithoutWelsh = formData.get("publishWithoutWelsh") === "yes";
  const result = await setEventStatus(prisma, organiser, { eventId: eventId.data, status, publishWithoutWelsh });
  // Nothing changed yet: the form shows what lacks Welsh and a "Publish anyway" button.
  if ("missingWelsh" in result) return { status: "idle", missingWelsh: result.missingWelsh };
  if (!result.ok) return failedFormState("admin.events.errors", result);
  revalidatePublicPages();
  revalidatePath("/admin/events");
  revalidatePath(`/admin/events/${eventId.data}`);
  const t = await getTranslations("admin.events.publication");
  return { status: "success", message: !result.changed ? t("unchanged") : status === "PUBLISHED" ? t("published") : t("unpublished") };
}

export async function deleteEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/events");
  const eventId = eventIdSchema.safeParse(formData.get("eventId"));
  if (!eventId.success) return failedFormState("admin.events.errors", { fieldErrors: { form: "notFound" } });
  const result = await deleteEvent(prisma, organiser, eventId.data);
  if (!result.ok) return failedFormState("admin.events.errors", result);
  revalidatePublicPages();
  revalidatePath("/admin/events");
  revalidatePath("/admin/themes");
  redirect(await localePath("/admin/events?deleted=1"));
}

/** The week's default for who may book: every session without a rule of its own follows it. */
export async function setWeekBookingRuleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/events");
  const typed = keptValues(formData);
  const result = await setWeekBookingRule(prisma, organiser, readBookingRuleForm(formData));
  if (!result.ok)
    return failedFormState("admin.booking.errors", "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors }, typed);
  revalidatePublicPages();
  revalidatePath(`/admin/events/${typed.eventId ?? ""}`);
  return { status: "success", message: (await getTranslations("admin.booking"))("saved"), values: typed };
}

/** Which websites may show the week's programme in a frame (the embed page's frame-ancestors). */
export async function setEmbedOriginsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/events");
  const typed = keptValues(formData);
  const result = await setEmbedOrigins(prisma, organiser, { eventId: typed.eventId, embedOrigins: typed.embedOrigins });
  if (!result.ok)
    return failedFormState("admin.events.embed.errors", "refusal" in result ? { refusal: result.refusal } : { fieldErrors: result.fieldErrors }, typed);
  forgetEmbedOrigins();
  revalidatePath(`/admin/events/${typed.eventId ?? ""}`);
  return {
    status: "success",
    message: (await getTranslations("admin.events.embed"))("saved"),
    values: { ...typed, embedOrigins: result.embedOrigins.join("\n") },
  };
}
