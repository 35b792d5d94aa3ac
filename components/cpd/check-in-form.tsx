"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { checkInAction } from "@/app/account/check-in/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

/** The attendee's check-in form: the code announced in the session. */
export function CheckInForm({ registrationId }: { registrationId: string }) {
  const t = useTranslations("cpd.checkIn");
  const [state, action] = useActionState(checkInAction, idleFormState);
  const answerKey = useAnswerKey(state);
  return (
    <form key={answerKey} action={action} noValidate className="max-w-md">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <TextField
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        defaultValue={state.values?.code ?? ""}
        error={state.fieldErrors?.code}
        className="max-w-[12rem] font-mono uppercase tracking-widest"
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
