"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { acceptInvitationWithNewAccount, acceptOrganiserInvitation } from "@/lib/admin/organisers/accept-organiser-invitation";
import { newAccountFormInput } from "@/lib/auth/account-schemas";
import { requireUser } from "@/lib/auth/current-user";
import { signInThisBrowser } from "@/lib/auth/session-cookie";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { localePath } from "@/lib/i18n/locale-path";

async function afterAcceptance(): Promise<never> {
  revalidatePath("/admin/organisers");
  revalidatePath("/admin/audit");
  redirect(await localePath("/admin?welcome=organiser"));
}

/** The signed-in person accepts an invitation to their own address. */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const token = formData.get("token");
  const user = await requireUser(`/organiser-invitation?token=${typeof token === "string" ? encodeURIComponent(token) : ""}`);
  const result = await acceptOrganiserInvitation(prisma, user, token, env().NEXTAUTH_SECRET);
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  await afterAcceptance();
  return { status: "success" };
}

/** Someone without an account accepts by creating one for the invited address. */
export async function acceptWithNewAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const input = newAccountFormInput(formData);
  const result = await acceptInvitationWithNewAccount(prisma, formData.get("token"), input, env().NEXTAUTH_SECRET);
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  await signInThisBrowser(result.user);
  await afterAcceptance();
  return { status: "success" };
}
