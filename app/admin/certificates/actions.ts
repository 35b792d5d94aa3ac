"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireOrganiser } from "@/lib/auth/current-user";
import { revokeCertificate, revokeCertificateSchema } from "@/lib/certificates/revoke-certificate";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

const PAGE = "/admin/certificates";

/** Revokes a certificate issued by mistake, with the reason (audited). */
export async function revokeCertificateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser(PAGE);
  const parsed = revokeCertificateSchema.safeParse({
    certificateId: formData.get("certificateId") ?? "",
    reason: formData.get("reason") ?? "",
    confirm: formData.get("confirm") ?? "",
  });
  if (!parsed.success) {
    const { certificateId, ...fieldErrors } = fieldErrorsOf(parsed.error);
    // A missing or malformed certificate is a refusal of the whole form, not a field the organiser can fix.
    return failedFormState("certificates.admin.errors", certificateId ? { refusal: "missing" } : { fieldErrors }, keptValues(formData));
  }
  const result = await revokeCertificate(prisma, organiser, parsed.data);
  if (!result.ok) return failedFormState("certificates.admin.errors", result, keptValues(formData));
  revalidatePath(PAGE);
  revalidatePath("/admin/audit");
  revalidatePath(`/certificates/verify/${result.code}`);
  redirect(await localePath(`${PAGE}?revoked=${encodeURIComponent(result.code)}`));
}
