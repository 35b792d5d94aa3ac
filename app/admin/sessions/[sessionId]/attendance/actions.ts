"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attendanceFormFields, attendanceFormSchema } from "@/lib/admin/registrations/attendance-form";
import { markAttendance } from "@/lib/admin/registrations/mark-attendance";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import type { FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

/** Marks attendance for one person, the ticked people, or everyone still unmarked (the button pressed decides). */
export async function markAttendanceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const parsed = attendanceFormSchema.safeParse(attendanceFormFields(formData));
  if (!parsed.success) return failedFormState("admin.registrations.errors", { refusal: "invalid" });
  const { input, anchor, single, q } = parsed.data;
  let result;
  try {
    result = await markAttendance(prisma, organiser, input);
  } catch (error) {
    console.error("Marking attendance failed:", error);
    return failedFormState("admin.registrations.errors", { refusal: "unexpected" });
  }
  if (!result.ok) return failedFormState("admin.registrations.errors", result);
  const page = `/admin/sessions/${encodeURIComponent(input.sessionId)}/attendance`;
  revalidatePath(page);
  revalidatePath(`/admin/sessions/${encodeURIComponent(input.sessionId)}/registrations`);
  // Attendance rates on the dashboard and, later, people's CPD records depend on it.
  revalidatePath("/admin");
  revalidatePath("/account");
  const query = new URLSearchParams({ ...(q ? { q } : {}), marked: String(result.changed), ...(single ? { registration: single } : {}) });
  redirect(await localePath(`${page}?${query.toString()}#${anchor}`));
}
