"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { createAccount } from "@/lib/auth/create-account";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { endAllSessions } from "@/lib/auth/update-account";
import { keptValues, type FormState } from "@/lib/forms/form-state";
import { asFormData } from "@/lib/forms/as-form-data";

async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || "local";
}

async function translateFieldErrors(fieldErrors: Record<string, string> | undefined) {
  const t = await getTranslations("account.errors");
  return Object.fromEntries(Object.entries(fieldErrors ?? {}).map(([field, key]) => [field, t(key as never)]));
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const t = await getTranslations("account.errors");
  const input = { email: formData.get("email") ?? "", password: formData.get("password") ?? "" };
  const result = await authenticate(prisma, input, await clientAddress());
  if (!result.ok) {
    const values = keptValues(formData);
    if (result.fieldErrors) return { status: "error", fieldErrors: await translateFieldErrors(result.fieldErrors), values };
    return { status: "error", message: t(result.reason === "rateLimited" ? "rateLimited" : "signInFailed"), values };
  }
  await startSession(result.user);
  redirect(safeReturnPath(formData.get("callbackUrl")));
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = asFormData(formData);
  const input = Object.fromEntries(["name", "email", "password", "regulator", "registrationNumber", "jobRole", "organisation"].map((key) => [key, formData.get(key) ?? undefined]));
  const created = await createAccount(prisma, input);
  if (!created.ok) return { status: "error", fieldErrors: await translateFieldErrors(created.fieldErrors), values: keptValues(formData) };
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: created.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  await startSession(user);
  redirect(safeReturnPath(formData.get("callbackUrl")));
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllSessions(prisma, user.id);
  await endSession();
  redirect("/");
}
