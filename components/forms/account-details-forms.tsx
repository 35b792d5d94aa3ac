"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction, requestEmailChangeAction, updateDetailsAction } from "@/app/account/actions";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { ProfessionalDetailsFields } from "./professional-details-fields";
import { SubmitButton } from "./submit-button";
import { SuccessNotice } from "./success-notice";
import { TextField } from "./text-field";

type Details = { name: string; regulator: string; registrationNumber: string | null; jobRole: string | null; organisation: string | null };

export function AccountDetailsForm({ details }: { details: Details }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(updateDetailsAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = state.values ?? {
    ...details,
    registrationNumber: details.registrationNumber ?? "",
    jobRole: details.jobRole ?? "",
    organisation: details.organisation ?? "",
  };
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={state.fieldErrors} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <TextField name="name" label={t("signUp.name")} hint={t("signUp.nameHint")} autoComplete="name" defaultValue={values.name ?? ""} error={errors.name} />
      <ProfessionalDetailsFields values={values} errors={errors} />
      <SubmitButton>{t("details.save")}</SubmitButton>
    </form>
  );
}

/** A new email address and the current password; the change waits for the link sent to the new address. */
export function ChangeEmailForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(requestEmailChangeAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const errors = state.fieldErrors ?? {};
  const typed = state.status === "error" ? (state.values?.newEmail ?? "") : "";
  return (
    <form key={answerKey} action={action} noValidate className="max-w-md">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="email-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <TextField
        name="newEmail"
        label={t("details.newEmail")}
        hint={t("details.newEmailHint")}
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={typed}
        error={errors.newEmail}
      />
      <TextField name="password" label={t("details.emailPassword")} type="password" autoComplete="current-password" error={errors.password} />
      <SubmitButton>{t("details.changeEmail")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary errors={state.fieldErrors} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <TextField name="currentPassword" label={t("details.currentPassword")} type="password" autoComplete="current-password" error={errors.currentPassword} />
      <TextField
        name="newPassword"
        label={t("details.newPassword")}
        hint={t("signUp.passwordHint")}
        type="password"
        autoComplete="new-password"
        error={errors.newPassword}
      />
      <SubmitButton>{t("details.changePassword")}</SubmitButton>
    </form>
  );
}
