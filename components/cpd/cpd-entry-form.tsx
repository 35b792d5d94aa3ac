"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { logSessionCpdAction, saveOtherCpdAction } from "@/app/account/cpd/actions";
import { ContentText } from "@/components/content-text";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, SelectField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import type { StandardsList } from "@/lib/cpd/standards/types";
import { idleFormState } from "@/lib/forms/form-state";
import { contentTextIn } from "@/lib/i18n/content";
import { isAppLocale } from "@/lib/i18n/locales";

type Values = Record<string, string>;

type Props =
  | { kind: "session"; registrationId: string; maxHours: number; standards: StandardsList; initial: Values; peerDiscussion: boolean }
  | { kind: "other"; entryId?: string; observationBookingId?: string; activityTypes: string[]; today: string; standards: StandardsList; initial: Values };

/** The CPD entry form: hours, reflection and standards; for a session, or for learning elsewhere (with title, type and date). */
export function CpdEntryForm(props: Props) {
  const t = useTranslations("cpd");
  const [state, action] = useActionState(props.kind === "session" ? logSessionCpdAction : saveOtherCpdAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = state.values ?? props.initial;
  const errors = state.fieldErrors ?? {};
  const chosen = (values.standards ?? "").split(" ").filter(Boolean);
  return (
    <form key={answerKey} action={action} noValidate className="max-w-3xl">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      {props.kind === "session" ? <input type="hidden" name="registrationId" value={props.registrationId} /> : null}
      {props.kind === "other" && props.entryId ? <input type="hidden" name="entryId" value={props.entryId} /> : null}
      {props.kind === "other" && props.observationBookingId ? <input type="hidden" name="observationBookingId" value={props.observationBookingId} /> : null}
      {props.kind === "other" ? (
        <>
          <TextField name="title" label={t("form.title")} hint={t("form.titleHint")} defaultValue={values.title ?? ""} error={errors.title} />
          <SelectField
            name="activityType"
            label={t("form.activityType")}
            defaultValue={values.activityType ?? ""}
            error={errors.activityType}
            options={[{ value: "", label: t("form.chooseType") }, ...props.activityTypes.map((type) => ({ value: type, label: t(`types.${type}` as never) }))]}
          />
          <TextField
            name="activityDate"
            type="date"
            min="2000-01-01"
            max={props.today}
            label={t("form.activityDate")}
            hint={t("form.activityDateHint")}
            defaultValue={values.activityDate ?? ""}
            error={errors.activityDate}
            className="max-w-xs"
          />
        </>
      ) : null}
      <TextField
        name="hours"
        type="number"
        inputMode="decimal"
        step="0.25"
        min="0.25"
        max={props.kind === "session" ? props.maxHours : 100}
        label={t("form.hours")}
        hint={props.kind === "session" ? t("form.sessionHoursHint", { max: props.maxHours }) : t("form.otherHoursHint")}
        defaultValue={values.hours ?? ""}
        error={errors.hours}
        className="max-w-[10rem]"
      />
      <TextAreaField
        name="learning"
        label={t("form.learning")}
        hint={t("form.learningHint")}
        rows={6}
        defaultValue={values.learning ?? ""}
        error={errors.learning}
      />
      <TextAreaField name="impact" label={t("form.impact")} rows={6} defaultValue={values.impact ?? ""} error={errors.impact} />
      <fieldset className="mb-6">
        <legend className="mb-2 text-xl font-bold">{t("form.peerLegend")}</legend>
        {props.kind === "session" && props.peerDiscussion ? (
          <p data-testid="peer-session-note" className="mb-4 max-w-prose border-l-4 border-brand bg-panel p-3">
            {t("form.peerSessionNote")}
          </p>
        ) : null}
        <CheckboxField
          name="peerReflection"
          label={t("form.peerReflection")}
          hint={t("form.peerReflectionHint")}
          defaultChecked={values.peerReflection === "on"}
        />
        <TextAreaField
          name="peerNotes"
          label={t("form.peerNotes")}
          hint={t("form.peerNotesHint")}
          rows={4}
          defaultValue={values.peerNotes ?? ""}
          error={errors.peerNotes}
        />
      </fieldset>
      <StandardsField list={props.standards} chosen={chosen} error={errors.standards} />
      <SubmitButton>{t("form.save")}</SubmitButton>
    </form>
  );
}

/** The regulator's standards as checkboxes, grouped under their headings. */
function StandardsField({ list, chosen, error }: { list: StandardsList; chosen: string[]; error?: string }) {
  const t = useTranslations("cpd");
  const tAccount = useTranslations("account");
  const locale = useLocale();
  const listName = contentTextIn(isAppLocale(locale) ? locale : "en", list.name, list.nameCy);
  const describedBy = ["standards-hint", error ? "standards-error" : null].filter(Boolean).join(" ");
  return (
    <fieldset id="standards" tabIndex={-1} aria-describedby={describedBy} className={`mb-6 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <legend className="field-label">{t("form.standards")}</legend>
      <p id="standards-hint" className="mb-1 text-sm text-muted">
        {t("form.standardsHint", { list: listName })} {list.official ? null : t("form.generalNote")} {list.summarised ? t("form.summaryNote") : null}{" "}
        {list.sourceUrl ? (
          <a href={list.sourceUrl} className="underline" rel="noopener noreferrer">
            {t("form.sourceLink")}
            <span className="sr-only"> ({listName})</span>
          </a>
        ) : null}
      </p>
      {error ? (
        <p id="standards-error" className="mb-1 font-bold text-danger">
          <span className="sr-only">{tAccount("errorPrefix")} </span>
          {error}
        </p>
      ) : null}
      {list.groups.map((group) => (
        <div key={group.code} className="mt-4">
          <p className="mb-1 font-bold">
            {list.official ? `${group.code}. ` : null}
            <ContentText en={group.title} cy={group.titleCy} />
          </p>
          <div className="space-y-1">
            {group.standards.map((standard) => {
              const id = `standards-${standard.code.replace(".", "-")}`;
              return (
                <div key={standard.code} className="flex items-start gap-3">
                  <input
                    id={id}
                    type="checkbox"
                    name="standards"
                    value={standard.code}
                    defaultChecked={chosen.includes(standard.code)}
                    className="mt-1 h-6 w-6 shrink-0 accent-brand"
                  />
                  <label htmlFor={id} className="py-1">
                    <span className="font-bold">{standard.code}</span> <ContentText en={standard.text} cy={standard.textCy} />
                  </label>
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
