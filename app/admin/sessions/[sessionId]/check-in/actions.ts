"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireOrganiser } from "@/lib/auth/current-user";
import { changeSelfCheckIn, changeSelfCheckInSchema } from "@/lib/cpd/check-in/change-self-check-in";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { localePath } from "@/lib/i18n/locale-path";

/** Turns a session's self check-in on or off, or replaces its code (the button pressed decides). */
export async function changeSelfCheckInAction(formData: FormData): Promise<void> {
  formData = asFormData(formData);
  const organiser = await requireOrganiser("/admin/sessions");
  const parsed = changeSelfCheckInSchema.safeParse({ sessionId: formData.get("sessionId"), change: formData.get("change") });
  if (!parsed.success) notFound();
  const result = await changeSelfCheckIn(prisma, organiser, parsed.data);
  if (!result.ok) notFound();
  const page = `/admin/sessions/${encodeURIComponent(parsed.data.sessionId)}/attendance`;
  revalidatePath(page);
  redirect(await localePath(`${page}?checkIn=${parsed.data.change}#self-check-in`));
}
