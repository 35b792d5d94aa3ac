"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { signUpAction } from "@/app/(auth)/actions";
import { idleFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { ProfessionalDetailsFields } from "./professional-details-fields";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("account.signUp");
  const [state, action] = useActionState(signUpAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="name" label={t("name")} hint={t("nameHint")} autoComplete="name" defaultValue={state.values?.name} error={errors.name} />
      <TextField name="email" label={t("email")} type="email" autoComplete="email" spellCheck={false} defaultValue={state.values?.email} error={errors.email} />
      <TextField name="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" error={errors.password} />
      <ProfessionalDetailsFields values={state.values} errors={errors} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
