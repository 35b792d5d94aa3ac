"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createInvitationCodeAction } from "@/app/admin/sessions/[sessionId]/booking/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

/** Adds an invitation code to a session: who it is for, and optionally its own code, a limit and an expiry date. */
export function InvitationCodeForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("admin.booking.codes");
  const [state, action] = useActionState(createInvitationCodeAction, idleFormState);
  const answerKey = useAnswerKey(state);
  // After a code is made the form starts empty again; after a refusal it keeps what was typed.
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errors = state.fieldErrors ?? {};
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="code-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextField {...field("label")} label={t("fields.label")} hint={t("fields.labelHint")} maxLength={120} />
      <TextField
        {...field("code")}
        label={t("fields.code")}
        hint={t("fields.codeHint")}
        maxLength={40}
        spellCheck={false}
        autoCapitalize="characters"
        className="max-w-xs font-mono"
      />
      <TextField
        {...field("maxUses")}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        label={t("fields.maxUses")}
        hint={t("fields.maxUsesHint")}
        className="max-w-32"
      />
      <TextField {...field("expiresOn")} type="date" label={t("fields.expiresOn")} hint={t("fields.expiresOnHint")} className="max-w-xs" />
      <SubmitButton>{t("add")}</SubmitButton>
    </form>
  );
}
