"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { cancelRegistrationOnBehalf, cancelRegistrationOnBehalfSchema } from "@/lib/admin/registrations/cancel-registration-on-behalf";
import { promoteRegistration, promoteRegistrationSchema } from "@/lib/admin/registrations/promote-registration";
import type { RegistrationsRefusal } from "@/lib/admin/registrations/registration-schemas";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

function fields(formData: FormData) {
  return { sessionId: formData.get("sessionId"), registrationId: formData.get("registrationId") };
}

function pagePath(sessionId: string) {
  return `/admin/sessions/${encodeURIComponent(sessionId)}/registrations`;
}

function refused(refusal: RegistrationsRefusal): Promise<FormState> {
  return failedFormState("admin.registrations.errors", refusal);
}

function unexpected(error: unknown): Promise<FormState> {
  console.error("Admin registration change failed:", error);
  return failedFormState("admin.registrations.errors", { refusal: "unexpected" });
}

/**
 * Places changed: both admin pages of this session and the sessions list. The
 * public pages need nothing: places left are counted on every request and are
 * not part of the programme cache, which a registration does not change.
 */
function revalidatePlaces(sessionId: string) {
  revalidatePath(pagePath(sessionId));
  revalidatePath(`/admin/sessions/${encodeURIComponent(sessionId)}/attendance`);
  revalidatePath(`/admin/sessions/${encodeURIComponent(sessionId)}`);
  revalidatePath("/admin/sessions");
}

export async function promoteFromWaitingListAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const parsed = promoteRegistrationSchema.safeParse(fields(formData));
  if (!parsed.success) return refused({ ok: false, refusal: "invalid" });
  let result;
  try {
    result = await promoteRegistration(prisma, organiser, parsed.data);
  } catch (error) {
    return unexpected(error);
  }
  if (!result.ok) return refused(result);
  revalidatePlaces(parsed.data.sessionId);
  redirect(await localePath(`${pagePath(parsed.data.sessionId)}?done=${result.notify ? "promoted" : "promotedNoEmail"}&registration=${result.registrationId}`));
}

export async function cancelRegistrationOnBehalfAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const parsed = cancelRegistrationOnBehalfSchema.safeParse(fields(formData));
  if (!parsed.success) return refused({ ok: false, refusal: "invalid" });
  let result;
  try {
    result = await cancelRegistrationOnBehalf(prisma, organiser, parsed.data);
  } catch (error) {
    return unexpected(error);
  }
  if (!result.ok) return refused(result);
  revalidatePlaces(parsed.data.sessionId);
  redirect(
    await localePath(
      `${pagePath(parsed.data.sessionId)}?done=cancelled&registration=${result.registrationId}&promoted=${result.promotedRegistrationIds.length}`,
    ),
  );
}
