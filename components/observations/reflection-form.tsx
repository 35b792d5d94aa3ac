"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveReflectionAction } from "@/app/account/observations/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

type Values = { workingWell: string; couldBeBetter: string; themes: string; followUp: string };

/** The observer's reflection: four questions, the first two asked of everyone. Works without JavaScript. */
export function ReflectionForm({ bookingId, initial }: { bookingId: string; initial: Values }) {
  const t = useTranslations("observations.leader.reflection");
  const [state, action] = useActionState(saveReflectionAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = { ...initial, ...state.values } as Values;
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof Values) => ({ name, defaultValue: values[name], error: errors[name], rows: 4, maxLength: 4000 });
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextAreaField {...field("workingWell")} label={t("workingWell")} />
      <TextAreaField {...field("couldBeBetter")} label={t("couldBeBetter")} />
      <TextAreaField {...field("themes")} label={t("themes")} hint={t("themesHint")} />
      <TextAreaField {...field("followUp")} label={t("followUp")} hint={t("followUpHint")} />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
