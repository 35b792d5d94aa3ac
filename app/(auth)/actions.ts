"use server";

import { redirect } from "next/navigation";
import { authenticate } from "@/lib/auth/authenticate";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signInClient } from "@/lib/auth/request-client";
import { endSession, rememberDevice, startSession } from "@/lib/auth/session-cookie";
import { endAllSessions } from "@/lib/auth/update-account";
import { prisma } from "@/lib/db";
import { asFormData } from "@/lib/forms/as-form-data";
import { failedFormState } from "@/lib/forms/form-failure";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { localePath } from "@/lib/i18n/locale-path";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const input = { email: formData.get("email") ?? "", password: formData.get("password") ?? "" };
  const result = await authenticate(prisma, input, await signInClient());
  if (!result.ok) return failedFormState("account.errors", result, keptValues(formData));
  await startSession(result.user);
  await rememberDevice(result.deviceToken);
  redirect(await localePath(safeReturnPath(formData.get("callbackUrl"))));
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllSessions(prisma, user.id);
  await endSession();
  redirect(await localePath("/"));
}
