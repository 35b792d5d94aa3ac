"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { idleFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("account.resetPassword");
  const [state, action] = useActionState(resetPasswordAction, idleFormState);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        type="password"
        autoComplete="new-password"
        error={state.fieldErrors?.newPassword}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
