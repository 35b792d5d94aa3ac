"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createOpportunityAction, updateOpportunityAction } from "@/app/admin/observations/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { welshWords } from "@/components/forms/welsh-label";
import { idleFormState } from "@/lib/forms/form-state";
import { ObservationActivity } from "@/lib/observations/observation-activity";
import { SessionFormat } from "@/lib/programme/vocabulary";

export type OpportunityValues = Record<
  "eventId" | "team" | "teamCy" | "activity" | "description" | "descriptionCy" | "format" | "location" | "observersPerSlot" | "hostName" | "hostEmail",
  string
>;

/** Adds (no opportunityId) or edits an observation opportunity; each Welsh field after its English one. Works without JavaScript. */
export function OpportunityForm({ opportunityId, initial }: { opportunityId?: string; initial: OpportunityValues }) {
  const t = useTranslations("observations.admin.form");
  const tActivity = useTranslations("observations.activityLabels");
  const tFormat = useTranslations("formats");
  const [state, action] = useActionState(opportunityId ? updateOpportunityAction : createOpportunityAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof OpportunityValues) => ({ name, defaultValue: values[name], error: errors[name] });
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="opportunity-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <input type="hidden" name="eventId" value={values.eventId} />
      {opportunityId ? <input type="hidden" name="opportunityId" value={opportunityId} /> : null}
      <TextField {...field("team")} label={t("team")} hint={t("teamHint")} lang="en" maxLength={200} />
      <TextField {...field("teamCy")} label={t.rich("teamCy", welshWords)} hint={t("welshHint")} lang="cy" maxLength={200} />
      <SelectField
        {...field("activity")}
        label={t("activity")}
        options={[{ value: "", label: "" }, ...Object.values(ObservationActivity).map((activity) => ({ value: activity, label: tActivity(activity) }))]}
      />
      <TextAreaField {...field("description")} label={t("description")} hint={t("descriptionHint")} lang="en" rows={3} />
      <TextAreaField {...field("descriptionCy")} label={t.rich("descriptionCy", welshWords)} hint={t("welshHint")} lang="cy" rows={3} />
      <SelectField
        {...field("format")}
        label={t("format")}
        options={[{ value: "", label: "" }, ...Object.values(SessionFormat).map((format) => ({ value: format, label: tFormat(format) }))]}
      />
      <TextField {...field("location")} label={t("location")} hint={t("locationHint")} maxLength={300} />
      <TextField
        {...field("observersPerSlot")}
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        label={t("observersPerSlot")}
        hint={t("observersHint")}
        className="max-w-32"
      />
      <TextField {...field("hostName")} label={t("hostName")} hint={t("hostNameHint")} maxLength={120} autoComplete="off" />
      <TextField {...field("hostEmail")} type="email" label={t("hostEmail")} maxLength={254} autoComplete="off" spellCheck={false} />
      <SubmitButton>{opportunityId ? t("save") : t("add")}</SubmitButton>
    </form>
  );
}
