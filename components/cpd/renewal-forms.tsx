"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordLearningDiscussionAction, saveRenewalDateAction } from "@/app/account/cpd/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

// The two small forms of the renewal panel on the CPD record page. Each has
// its own field names and error summary id, as they share the page.

/** The registration renewal date (Social Care Wales), shown filled in with the one recorded. */
export function RenewalDateForm({ recorded, earliest, latest }: { recorded: string | null; earliest: string; latest: string }) {
  const t = useTranslations("cpd.renewal");
  const [state, action] = useActionState(saveRenewalDateAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const value = state.status === "error" ? (state.values?.renewalDate ?? "") : (recorded ?? "");
  return (
    <form key={answerKey} action={action} noValidate aria-labelledby="renewal-date-heading" className="mt-4 max-w-xl">
      <h3 id="renewal-date-heading" className="mb-2 text-xl">
        {t("heading")}
      </h3>
      <ErrorSummary errors={state.fieldErrors} titleId="renewal-date-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <TextField
        name="renewalDate"
        type="date"
        min={earliest}
        max={latest}
        label={t("label")}
        hint={t("hint")}
        defaultValue={value}
        error={state.fieldErrors?.renewalDate}
        className="max-w-xs"
      />
      <SubmitButton secondary>{t("save")}</SubmitButton>
    </form>
  );
}

/** A discussion of learning with a manager or supervisor: its date (today unless changed) and a one-line note. */
export function LearningDiscussionForm({ today }: { today: string }) {
  const t = useTranslations("cpd.discussion");
  const [state, action] = useActionState(recordLearningDiscussionAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = state.status === "error" ? (state.values ?? {}) : { discussedOn: today };
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={action} noValidate aria-labelledby="discussion-form-heading" className="mt-4 max-w-xl">
      <h4 id="discussion-form-heading" className="mb-2 text-lg">
        {t("formHeading")}
      </h4>
      <ErrorSummary errors={state.fieldErrors} titleId="discussion-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <TextField
        name="discussedOn"
        type="date"
        min="2000-01-01"
        max={today}
        label={t("date")}
        hint={t("dateHint")}
        defaultValue={values.discussedOn ?? ""}
        error={errors.discussedOn}
        className="max-w-xs"
      />
      <TextField name="discussionNote" label={t("note")} hint={t("noteHint")} defaultValue={values.discussionNote ?? ""} error={errors.discussionNote} />
      <SubmitButton secondary>{t("save")}</SubmitButton>
    </form>
  );
}
