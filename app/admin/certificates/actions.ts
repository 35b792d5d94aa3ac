"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireOrganiser } from "@/lib/auth/current-user";
import { revokeCertificate, revokeCertificateSchema } from "@/lib/certificates/revoke-certificate";
import { prisma } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { asFormData } from "@/lib/forms/as-form-data";
import { localePath } from "@/lib/i18n/locale-path";

const PAGE = "/admin/certificates";

/** Revokes a certificate issued by mistake, with the reason (audited). */
export async function revokeCertificateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser(PAGE);
  const t = await getTranslations("certificates.admin.errors");
  const parsed = revokeCertificateSchema.safeParse({
    certificateId: formData.get("certificateId") ?? "",
    reason: formData.get("reason") ?? "",
    confirm: formData.get("confirm") ?? "",
  });
  if (!parsed.success) {
    const { certificateId, ...fieldErrors } = fieldErrorsOf(parsed.error);
    if (certificateId) return { status: "error", message: t("missing"), values: keptValues(formData) };
    return {
      status: "error",
      fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key as "reasonMissing")])),
      values: keptValues(formData),
    };
  }
  const result = await revokeCertificate(prisma, organiser, parsed.data);
  if (!result.ok) return { status: "error", message: t(result.error), values: keptValues(formData) };
  revalidatePath(PAGE);
  revalidatePath("/admin/audit");
  revalidatePath(`/certificates/verify/${result.code}`);
  redirect(await localePath(`${PAGE}?revoked=${encodeURIComponent(result.code)}`));
}
