"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addSlotAction } from "@/app/admin/observations/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

/** Adds a slot to an opportunity: a date and wall-clock times in the week's time zone. */
export function SlotForm({ opportunityId, defaultDate }: { opportunityId: string; defaultDate: string }) {
  const t = useTranslations("observations.admin.slots");
  const [state, action] = useActionState(addSlotAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="slot-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <input type="hidden" name="opportunityId" value={opportunityId} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField name="date" type="date" label={t("date")} defaultValue={values.date ?? defaultDate} error={errors.date} />
        <TextField name="startTime" type="time" label={t("startTime")} hint={t("timeHint")} defaultValue={values.startTime ?? ""} error={errors.startTime} />
        <TextField name="endTime" type="time" label={t("endTime")} defaultValue={values.endTime ?? ""} error={errors.endTime} />
      </div>
      <SubmitButton>{t("add")}</SubmitButton>
    </form>
  );
}
