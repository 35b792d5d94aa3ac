"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { createSessionAction, updateSessionAction } from "@/app/admin/sessions/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, ChoicesField, SelectField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { welshWords } from "@/components/forms/welsh-label";
import { idleFormState } from "@/lib/forms/form-state";
import { AccessProvision } from "@/lib/programme/vocabulary";

const FORMATS = ["ONLINE", "IN_PERSON", "HYBRID"] as const;
const ACCESS_PROVISIONS = Object.values(AccessProvision);
const AUDIENCES = [
  "PRACTITIONERS",
  "STUDENTS_AND_EDUCATORS",
  "MANAGERS_AND_LEADERS",
  "LIVED_EXPERIENCE",
  "EMPLOYERS",
  "SOCIAL_CARE_WORKFORCE",
  "POLICY_OFFICIALS",
] as const;
const PARTS = ["SPEAKER", "CHAIR", "HOST", "PRESENTER"] as const;
const DELIVERY_LANGUAGES = ["ENGLISH", "WELSH", "BILINGUAL", "ENGLISH_WITH_WELSH_INTERPRETATION", "WELSH_WITH_ENGLISH_INTERPRETATION"] as const;

export type SessionFormEvent = { id: string; label: string; timeZone: string; dates: string };

type Props = {
  /** Absent when adding a session. */
  sessionId?: string;
  initialValues: Record<string, string>;
  events: SessionFormEvent[];
  themes: { id: string; eventId: string; name: string }[];
  speakers: { id: string; label: string; lang?: string }[];
  speakerRows: number;
  /** Places already confirmed (editing only), for the capacity hint. */
  confirmed?: number;
};

function Section({ id, legend, hint, children }: { id: string; legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset aria-describedby={hint ? `${id}-hint` : undefined} className="mb-8 border-t-4 border-brand pt-4">
      <legend className="mb-3 pr-2 text-2xl font-bold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-4 max-w-prose text-muted">
          {hint}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

/** Adding and editing a session: every field of a session, in groups, each Welsh field after its English one, working without JavaScript. */
export function SessionForm({ sessionId, initialValues, events, themes, speakers, speakerRows, confirmed }: Props) {
  const t = useTranslations("admin.sessions.form");
  const tFormats = useTranslations("formats");
  const tAudiences = useTranslations("audiences");
  const tAccess = useTranslations("accessProvisions");
  const tParts = useTranslations("parts");
  const tLanguages = useTranslations("deliveryLanguages");
  const [state, action] = useActionState(sessionId ? updateSessionAction : createSessionAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  // Without JavaScript the themes offered are those of the week shown when the page loaded; a
  // mismatch after changing the week is caught on the server and the form comes back with the right ones.
  const [eventId, setEventId] = useState(values.eventId ?? "");
  const event = events.find((candidate) => candidate.id === eventId);
  const value = (name: string) => values[name] ?? "";

  return (
    <form key={answerKey} action={action} noValidate className="max-w-3xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : null}

      <Section id="section-about" legend={t("about")}>
        <SelectField
          name="eventId"
          label={t("event")}
          hint={t("eventHint")}
          options={[{ value: "", label: t("eventChoose") }, ...events.map((option) => ({ value: option.id, label: option.label }))]}
          defaultValue={value("eventId")}
          onChange={(change) => setEventId(change.target.value)}
          error={errors.eventId}
        />
        <SelectField
          key={`theme-${eventId}`}
          name="themeId"
          label={t("theme")}
          hint={t("themeHint")}
          options={[
            { value: "", label: t("themeNone") },
            ...themes.filter((theme) => theme.eventId === eventId).map((theme) => ({ value: theme.id, label: theme.name })),
          ]}
          defaultValue={value("themeId")}
          error={errors.themeId}
        />
        <TextField name="title" label={t("title")} lang="en" defaultValue={value("title")} error={errors.title} maxLength={200} />
        <TextField
          name="titleCy"
          label={t.rich("titleCy", welshWords)}
          hint={t("welshHint")}
          lang="cy"
          defaultValue={value("titleCy")}
          error={errors.titleCy}
          maxLength={200}
        />
        <TextField
          name="slug"
          label={t("slug")}
          hint={t("slugHint")}
          defaultValue={value("slug")}
          error={errors.slug}
          spellCheck={false}
          autoCapitalize="none"
          className="font-mono"
        />
        <TextAreaField name="summary" label={t("summary")} hint={t("summaryHint")} lang="en" defaultValue={value("summary")} error={errors.summary} rows={3} />
        <TextAreaField
          name="summaryCy"
          label={t.rich("summaryCy", welshWords)}
          hint={t("welshHint")}
          lang="cy"
          defaultValue={value("summaryCy")}
          error={errors.summaryCy}
          rows={3}
        />
        <TextAreaField
          name="description"
          label={t("description")}
          hint={t("descriptionHint")}
          lang="en"
          defaultValue={value("description")}
          error={errors.description}
          rows={8}
        />
        <TextAreaField
          name="descriptionCy"
          label={t.rich("descriptionCy", welshWords)}
          hint={t("welshHint")}
          lang="cy"
          defaultValue={value("descriptionCy")}
          error={errors.descriptionCy}
          rows={8}
        />
      </Section>

      <Section id="section-when" legend={t("when")} hint={event ? t("whenHint", { timeZone: event.timeZone, dates: event.dates }) : t("whenHintNoEvent")}>
        <TextField name="date" type="date" label={t("date")} defaultValue={value("date")} error={errors.date} className="max-w-xs" />
        <div className="flex flex-wrap gap-x-6">
          <TextField
            name="startTime"
            type="time"
            label={t("startTime")}
            hint={t("timeHint")}
            defaultValue={value("startTime")}
            error={errors.startTime}
            className="max-w-40"
          />
          <TextField
            name="endTime"
            type="time"
            label={t("endTime")}
            hint={t("timeHint")}
            defaultValue={value("endTime")}
            error={errors.endTime}
            className="max-w-40"
          />
        </div>
      </Section>

      <Section id="section-where" legend={t("where")}>
        <SelectField
          name="format"
          label={t("format")}
          options={[{ value: "", label: t("formatChoose") }, ...FORMATS.map((format) => ({ value: format, label: tFormats(format) }))]}
          defaultValue={value("format")}
          error={errors.format}
        />
        <TextField name="venue" label={t("venue")} hint={t("venueHint")} lang="en" defaultValue={value("venue")} error={errors.venue} />
        <TextField
          name="venueCy"
          label={t.rich("venueCy", welshWords)}
          hint={t("venueCyHint")}
          lang="cy"
          defaultValue={value("venueCy")}
          error={errors.venueCy}
        />
        <TextField
          name="joinUrl"
          type="url"
          label={t("joinUrl")}
          hint={t("joinUrlHint")}
          defaultValue={value("joinUrl")}
          error={errors.joinUrl}
          spellCheck={false}
          autoCapitalize="none"
        />
        <ChoicesField
          name="deliveryLanguage"
          type="radio"
          legend={t("deliveryLanguage")}
          hint={t("deliveryLanguageHint")}
          options={DELIVERY_LANGUAGES.map((language) => ({ value: language, label: tLanguages(language) }))}
          selected={[value("deliveryLanguage")]}
          error={errors.deliveryLanguage}
        />
      </Section>

      <Section id="section-places" legend={t("places")}>
        <TextField
          name="capacity"
          inputMode="numeric"
          label={t("capacity")}
          hint={confirmed === undefined ? t("capacityHint") : t("capacityHintConfirmed", { confirmed })}
          defaultValue={value("capacity")}
          error={errors.capacity}
          className="max-w-40"
        />
        <TextField
          name="cpdHours"
          inputMode="decimal"
          label={t("cpdHours")}
          hint={t("cpdHoursHint")}
          defaultValue={value("cpdHours")}
          error={errors.cpdHours}
          className="max-w-40"
        />
        <ChoicesField
          name="audiences"
          legend={t("audiences")}
          hint={t("audiencesHint")}
          options={AUDIENCES.map((audience) => ({ value: audience, label: tAudiences(audience) }))}
          selected={value("audiences").split(",").filter(Boolean)}
          error={errors.audiences}
        />
        <ChoicesField
          name="accessProvided"
          legend={t("accessProvided")}
          hint={t("accessProvidedHint")}
          options={ACCESS_PROVISIONS.map((provision) => ({ value: provision, label: tAccess(provision) }))}
          selected={value("accessProvided").split(",").filter(Boolean)}
          error={errors.accessProvided}
        />
        <CheckboxField name="featured" label={t("featured")} defaultChecked={value("featured") === "on"} />
        <CheckboxField name="peerDiscussion" label={t("peerDiscussion")} hint={t("peerDiscussionHint")} defaultChecked={value("peerDiscussion") === "on"} />
      </Section>

      <Section id="section-speakers" legend={t("speakers")} hint={t("speakersHint")}>
        <ol className="space-y-4">
          {Array.from({ length: speakerRows }, (_, index) => index + 1).map((row) => (
            <li key={row}>
              <fieldset className="border-l-4 border-muted pl-3">
                <legend className="mb-2 font-bold">{t("speakerRow", { row })}</legend>
                <div className="grid gap-x-4 sm:grid-cols-[2fr_1fr_6rem]">
                  <SelectField
                    name={`speakerId-${row}`}
                    label={t("speakerId")}
                    options={[
                      { value: "", label: t("speakerNone") },
                      ...speakers.map((speaker) => ({ value: speaker.id, label: speaker.label, lang: speaker.lang })),
                    ]}
                    defaultValue={value(`speakerId-${row}`)}
                    error={errors[`speakerId-${row}`]}
                    className="w-full"
                  />
                  <SelectField
                    name={`speakerPart-${row}`}
                    label={t("speakerPart")}
                    options={PARTS.map((part) => ({ value: part, label: tParts(part) }))}
                    defaultValue={value(`speakerPart-${row}`) || "SPEAKER"}
                    error={errors[`speakerPart-${row}`]}
                    className="w-full"
                  />
                  <TextField
                    name={`speakerPosition-${row}`}
                    inputMode="numeric"
                    label={t("speakerPosition")}
                    defaultValue={value(`speakerPosition-${row}`)}
                    error={errors[`speakerPosition-${row}`]}
                  />
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      </Section>

      <SubmitButton>{sessionId ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
