"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { idleFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("account.signIn");
  const [state, action] = useActionState(signInAction, idleFormState);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="email" label={t("email")} type="email" autoComplete="email" spellCheck={false} defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField name="password" label={t("password")} type="password" autoComplete="current-password" error={state.fieldErrors?.password} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
