"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { giveFeedbackAction } from "@/app/account/feedback/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, ChoicesField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { FEEDBACK_TEXT_MAX, SCALE } from "@/lib/feedback/feedback-scale";
import { idleFormState } from "@/lib/forms/form-state";

/** Feedback on a session: two 1–5 scales, two optional boxes, and whether the organisers may see the name. Works without JavaScript. */
export function FeedbackForm({ registrationId, mostUsefulFromCpd }: { registrationId: string; mostUsefulFromCpd: string | null }) {
  const t = useTranslations("feedback.form");
  const [state, action] = useActionState(giveFeedbackAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const scaleOptions = (kind: "relevanceOptions" | "qualityOptions") => SCALE.map((point) => ({ value: String(point), label: t(`${kind}.${point}`) }));
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="feedback-error-summary" />
      <input type="hidden" name="registrationId" value={registrationId} />
      <ChoicesField
        name="relevance"
        type="radio"
        legend={t("relevance")}
        error={errors.relevance}
        options={scaleOptions("relevanceOptions")}
        selected={values.relevance ? [values.relevance] : []}
      />
      <ChoicesField
        name="quality"
        type="radio"
        legend={t("quality")}
        error={errors.quality}
        options={scaleOptions("qualityOptions")}
        selected={values.quality ? [values.quality] : []}
      />
      {mostUsefulFromCpd && values.mostUseful === undefined ? <p className="mb-2 max-w-prose text-sm">{t("fromCpd")}</p> : null}
      <TextAreaField
        name="mostUseful"
        label={t("mostUseful")}
        error={errors.mostUseful}
        defaultValue={values.mostUseful ?? mostUsefulFromCpd ?? ""}
        rows={5}
        maxLength={FEEDBACK_TEXT_MAX}
      />
      <TextAreaField
        name="couldBeBetter"
        label={t("couldBeBetter")}
        error={errors.couldBeBetter}
        defaultValue={values.couldBeBetter ?? ""}
        rows={5}
        maxLength={FEEDBACK_TEXT_MAX}
      />
      <CheckboxField name="showName" label={t("showName")} hint={t("showNameHint")} defaultChecked={values.showName === "on"} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
