"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { welshWords } from "@/components/forms/welsh-label";
import { idleFormState } from "@/lib/forms/form-state";
import { createThemeAction, updateThemeAction } from "./actions";

export type ThemeFormValues = Record<"eventId" | "name" | "nameCy" | "slug" | "summary" | "summaryCy" | "colour" | "position", string>;

type Props = { themeId?: string; initial: ThemeFormValues; events: { value: string; label: string }[] };

/** Create (no themeId) or edit a theme, each Welsh field after its English one. Works without JavaScript. */
export function ThemeForm({ themeId, initial, events }: Props) {
  const t = useTranslations("admin.themes");
  const [state, action] = useActionState(themeId ? updateThemeAction : createThemeAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof ThemeFormValues) => ({ name, defaultValue: values[name], error: errors[name] });
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      {themeId ? <input type="hidden" name="themeId" value={themeId} /> : null}
      <SelectField {...field("eventId")} label={t("fields.eventId")} options={[{ value: "", label: t("fields.chooseEvent") }, ...events]} />
      <TextField {...field("name")} label={t("fields.name")} hint={t("fields.nameHint")} lang="en" maxLength={120} />
      <TextField {...field("nameCy")} label={t.rich("fields.nameCy", welshWords)} hint={t("fields.welshHint")} lang="cy" maxLength={120} />
      <TextField {...field("slug")} label={t("fields.slug")} hint={t("fields.slugHint")} maxLength={100} spellCheck={false} autoCapitalize="none" />
      <TextAreaField {...field("summary")} label={t("fields.summary")} hint={t("fields.summaryHint")} lang="en" rows={4} />
      <TextAreaField {...field("summaryCy")} label={t.rich("fields.summaryCy", welshWords)} hint={t("fields.welshHint")} lang="cy" rows={4} />
      {/* Browsers without a colour picker show a text box: the server checks the #rrggbb form and the contrast. */}
      <TextField {...field("colour")} type="color" label={t("fields.colour")} hint={t("fields.colourHint")} className="max-w-32" />
      <TextField
        {...field("position")}
        type="number"
        inputMode="numeric"
        min={0}
        max={9999}
        step={1}
        label={t("fields.position")}
        hint={t("fields.positionHint")}
        className="max-w-32"
      />
      <SubmitButton>{themeId ? t("edit.submit") : t("new.submit")}</SubmitButton>
    </form>
  );
}
