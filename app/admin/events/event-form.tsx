"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoicesField, SelectField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { welshWords } from "@/components/forms/welsh-label";
import { idleFormState } from "@/lib/forms/form-state";
import { Audience } from "@/lib/programme/vocabulary";
import { createEventAction, updateEventAction } from "./actions";

/** The form's fields as text, as the inputs show them (audiences comma-separated). */
export type EventFormValues = Record<
  | "title"
  | "titleCy"
  | "slug"
  | "summary"
  | "summaryCy"
  | "description"
  | "descriptionCy"
  | "startDate"
  | "endDate"
  | "timeZone"
  | "organiserName"
  | "organiserNameCy"
  | "audienceNote"
  | "audienceNoteCy"
  | "audiences",
  string
>;

type Props = { eventId?: string; initial: EventFormValues; timeZones: string[] };

/** Create (no eventId) or edit a week, each Welsh field after its English one. Works without JavaScript: the action answers with the page. */
export function EventForm({ eventId, initial, timeZones }: Props) {
  const t = useTranslations("admin.events");
  const tAudiences = useTranslations("audiences");
  const [state, action] = useActionState(eventId ? updateEventAction : createEventAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof EventFormValues) => ({ name, defaultValue: values[name], error: errors[name] });
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      <TextField {...field("title")} label={t("fields.title")} hint={t("fields.titleHint")} lang="en" maxLength={160} />
      <TextField {...field("titleCy")} label={t.rich("fields.titleCy", welshWords)} hint={t("fields.welshHint")} lang="cy" maxLength={160} />
      <TextField {...field("slug")} label={t("fields.slug")} hint={t("fields.slugHint")} maxLength={100} spellCheck={false} autoCapitalize="none" />
      <TextAreaField {...field("summary")} label={t("fields.summary")} hint={t("fields.summaryHint")} lang="en" rows={3} />
      <TextAreaField {...field("summaryCy")} label={t.rich("fields.summaryCy", welshWords)} hint={t("fields.welshHint")} lang="cy" rows={3} />
      <TextAreaField {...field("description")} label={t("fields.description")} hint={t("fields.descriptionHint")} lang="en" rows={8} />
      <TextAreaField {...field("descriptionCy")} label={t.rich("fields.descriptionCy", welshWords)} hint={t("fields.welshHint")} lang="cy" rows={8} />
      <fieldset className="mb-5" aria-describedby="dates-hint">
        <legend className="field-label text-lg">{t("fields.dates")}</legend>
        <p id="dates-hint" className="mb-1 text-sm text-muted">
          {t("fields.datesHint")}
        </p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField {...field("startDate")} type="date" label={t("fields.startDate")} />
          <TextField {...field("endDate")} type="date" label={t("fields.endDate")} />
        </div>
      </fieldset>
      <SelectField
        {...field("timeZone")}
        label={t("fields.timeZone")}
        hint={t("fields.timeZoneHint")}
        options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
      />
      <TextField {...field("organiserName")} label={t("fields.organiserName")} hint={t("fields.organiserNameHint")} lang="en" maxLength={160} />
      <TextField
        {...field("organiserNameCy")}
        label={t.rich("fields.organiserNameCy", welshWords)}
        hint={t("fields.organiserNameCyHint")}
        lang="cy"
        maxLength={160}
      />
      <TextAreaField {...field("audienceNote")} label={t("fields.audienceNote")} hint={t("fields.audienceNoteHint")} lang="en" rows={5} />
      <TextAreaField
        {...field("audienceNoteCy")}
        label={t.rich("fields.audienceNoteCy", welshWords)}
        hint={t("fields.audienceNoteCyHint")}
        lang="cy"
        rows={5}
      />
      <ChoicesField
        name="audiences"
        legend={t("fields.audiences")}
        hint={t("fields.audiencesHint")}
        error={errors.audiences}
        options={Object.values(Audience).map((value) => ({ value, label: tAudiences(value) }))}
        selected={values.audiences.split(",").filter(Boolean)}
      />
      <SubmitButton>{eventId ? t("edit.submit") : t("new.submit")}</SubmitButton>
    </form>
  );
}
