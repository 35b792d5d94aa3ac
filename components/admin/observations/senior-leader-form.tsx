"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { giveSeniorLeaderAction } from "@/app/admin/observations/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

/** Marks an account (by its email address) as a senior leader, who may then book observations. */
export function SeniorLeaderForm() {
  const t = useTranslations("observations.admin.leaders");
  const [state, action] = useActionState(giveSeniorLeaderAction, idleFormState);
  const answerKey = useAnswerKey(state);
  return (
    <form key={answerKey} action={action} noValidate className="max-w-md">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="leader-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={state.status === "error" ? (state.values?.email ?? "") : ""}
        error={state.fieldErrors?.email}
        autoComplete="off"
        spellCheck={false}
      />
      <SubmitButton>{t("add")}</SubmitButton>
    </form>
  );
}
