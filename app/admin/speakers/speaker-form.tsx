"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { welshWords } from "@/components/forms/welsh-label";
import { idleFormState } from "@/lib/forms/form-state";
import { createSpeakerAction, updateSpeakerAction } from "./actions";

export type SpeakerFormValues = Record<"name" | "slug" | "role" | "roleCy" | "organisation" | "organisationCy" | "bio" | "bioCy", string>;

/** Add (no speakerId) or edit a speaker, each Welsh field after its English one. Works without JavaScript. */
export function SpeakerForm({ speakerId, initial }: { speakerId?: string; initial: SpeakerFormValues }) {
  const t = useTranslations("admin.speakers");
  const [state, action] = useActionState(speakerId ? updateSpeakerAction : createSpeakerAction, idleFormState);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof SpeakerFormValues) => ({ name, defaultValue: values[name], error: errors[name] });
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      {speakerId ? <input type="hidden" name="speakerId" value={speakerId} /> : null}
      <TextField {...field("name")} label={t("fields.name")} hint={t("fields.nameHint")} maxLength={120} autoComplete="off" />
      <TextField {...field("slug")} label={t("fields.slug")} hint={t("fields.slugHint")} maxLength={100} spellCheck={false} autoCapitalize="none" />
      <TextField {...field("role")} label={t("fields.role")} hint={t("fields.roleHint")} lang="en" maxLength={160} />
      <TextField {...field("roleCy")} label={t.rich("fields.roleCy", welshWords)} hint={t("fields.welshHint")} lang="cy" maxLength={160} />
      <TextField {...field("organisation")} label={t("fields.organisation")} lang="en" maxLength={160} />
      <TextField
        {...field("organisationCy")}
        label={t.rich("fields.organisationCy", welshWords)}
        hint={t("fields.organisationCyHint")}
        lang="cy"
        maxLength={160}
      />
      <TextAreaField {...field("bio")} label={t("fields.bio")} hint={t("fields.bioHint")} lang="en" rows={6} />
      <TextAreaField {...field("bioCy")} label={t.rich("fields.bioCy", welshWords)} hint={t("fields.welshHint")} lang="cy" rows={6} />
      <SubmitButton>{speakerId ? t("edit.submit") : t("new.submit")}</SubmitButton>
    </form>
  );
}
