"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveSessionResourceAction } from "@/app/admin/sessions/[sessionId]/resources/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoicesField, SelectField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { welshWords } from "@/components/forms/welsh-label";
import { idleFormState } from "@/lib/forms/form-state";
import { ResourceVisibility } from "@/lib/resources/resource-visibility";

type Props = {
  sessionId: string;
  /** Each kind with its name in the page's language (the public catalogue's, which the admin area's client messages leave out). */
  kinds: { value: string; label: string }[];
  /** The resource being edited; absent when adding one. */
  resource?: { id: string; kind: string; title: string; titleCy: string | null; url: string; visibility: string };
};

/** Adds a link to a session, or edits one: what it is, its title (and Welsh title), the link, and who can see it. Works without JavaScript. */
export function SessionResourceForm({ sessionId, kinds, resource }: Props) {
  const t = useTranslations("admin.resources");
  const [state, action] = useActionState(saveSessionResourceAction, idleFormState);
  const answerKey = useAnswerKey(state);
  // After adding, the form starts empty for the next link; after a refusal it keeps what was typed.
  const initial: Record<string, string> = resource
    ? { kind: resource.kind, title: resource.title, titleCy: resource.titleCy ?? "", url: resource.url, visibility: resource.visibility }
    : {};
  const values = state.status === "error" ? (state.values ?? initial) : initial;
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => values[name] ?? "";
  return (
    <form key={answerKey} action={action} noValidate className="max-w-3xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="resource-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="resourceId" value={resource?.id ?? ""} />
      <SelectField
        name="kind"
        label={t("fields.kind")}
        options={[{ value: "", label: t("fields.kindChoose") }, ...kinds]}
        defaultValue={value("kind")}
        error={errors.kind}
        className="max-w-xs"
      />
      <TextField
        name="title"
        label={t("fields.title")}
        hint={t("fields.titleHint")}
        lang="en"
        defaultValue={value("title")}
        error={errors.title}
        maxLength={200}
      />
      <TextField
        name="titleCy"
        label={t.rich("fields.titleCy", welshWords)}
        hint={t("fields.welshHint")}
        lang="cy"
        defaultValue={value("titleCy")}
        error={errors.titleCy}
        maxLength={200}
      />
      <TextField
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        label={t("fields.url")}
        hint={t("fields.urlHint")}
        defaultValue={value("url")}
        error={errors.url}
        maxLength={3000}
      />
      <ChoicesField
        name="visibility"
        type="radio"
        legend={t("fields.visibility")}
        hint={t("fields.visibilityHint")}
        options={Object.values(ResourceVisibility).map((visibility) => ({ value: visibility, label: t(`visibilities.${visibility}`) }))}
        selected={value("visibility") ? [value("visibility")] : []}
        error={errors.visibility}
      />
      <SubmitButton>{resource ? t("save") : t("add")}</SubmitButton>
    </form>
  );
}
