"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  eventId: string;
  /** The websites saved now, one per line. */
  initial: string;
};

/** Which websites may frame the week's programme. Works without JavaScript. */
export function EmbedSettingsForm({ action, eventId, initial }: Props) {
  const t = useTranslations("admin.events.embed");
  const [state, formAction] = useActionState(action, idleFormState);
  const answerKey = useAnswerKey(state);
  const value = state.values?.embedOrigins ?? initial;
  return (
    <form key={answerKey} action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="embed-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <input type="hidden" name="eventId" value={eventId} />
      <TextAreaField
        name="embedOrigins"
        label={t("originsLabel")}
        hint={t("originsHint")}
        defaultValue={value}
        error={state.fieldErrors?.embedOrigins}
        rows={4}
        spellCheck={false}
        autoCapitalize="none"
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
