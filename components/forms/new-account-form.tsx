"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { ProfessionalDetailsFields } from "./professional-details-fields";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The emailed link's secret: the address comes from it, never from the form. */
  token: string;
  submit: string;
};

/** Name, password and professional details of an account being made from an emailed link (sign-up or invitation). */
export function NewAccountForm({ action, token, submit }: Props) {
  const t = useTranslations("account.signUp");
  const [state, formAction] = useActionState(action, idleFormState);
  const answerKey = useAnswerKey(state);
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={formAction} noValidate className="max-w-xl">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      <input type="hidden" name="token" value={token} />
      <TextField name="name" label={t("name")} hint={t("nameHint")} autoComplete="name" defaultValue={state.values?.name} error={errors.name} />
      <TextField name="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" error={errors.password} />
      <ProfessionalDetailsFields values={state.values} errors={errors} />
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}
