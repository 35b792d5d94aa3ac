"use client";

import { useActionState } from "react";
import { saveAccessNeedsAction } from "@/app/(public)/sessions/actions";
import { idleFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./forms/error-summary";
import { ChoicesField, TextAreaField } from "./forms/fields";
import { SubmitButton } from "./forms/submit-button";
import { useAnswerKey } from "./forms/use-answer-key";

type Props = {
  registrationId: string;
  initial: { needs: string[]; other: string };
  texts: { legend: string; options: { value: string; label: string }[]; otherLabel: string; otherHint: string; save: string };
};

/** The access needs checkboxes and "anything else"; works without JavaScript and keeps what was typed when refused. */
export function AccessNeedsFormClient({ registrationId, initial, texts }: Props) {
  const [state, action] = useActionState(saveAccessNeedsAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = state.values ? { needs: (state.values.needs ?? "").split(",").filter(Boolean), other: state.values.other ?? "" } : initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={action} noValidate>
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="access-error-summary" />
      <input type="hidden" name="registrationId" value={registrationId} />
      <ChoicesField name="needs" legend={texts.legend} options={texts.options} selected={values.needs} error={errors.needs} />
      <TextAreaField name="other" label={texts.otherLabel} hint={texts.otherHint} defaultValue={values.other} error={errors.other} rows={3} maxLength={500} />
      <SubmitButton secondary>{texts.save}</SubmitButton>
      <p role="status" aria-live="polite" className="mt-2 font-bold text-success">
        {state.status === "success" ? state.message : ""}
      </p>
    </form>
  );
}
