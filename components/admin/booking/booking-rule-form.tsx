"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, ChoicesField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { welshWords } from "@/components/forms/welsh-label";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

export type BookingRuleValues = { bookingRule: string; bookingDomains: string; bookingAudience: string; bookingAudienceCy: string; unlisted: string };

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The record's id field: { sessionId } or { eventId }. */
  id: Record<string, string>;
  initial: BookingRuleValues;
  /** A session's form: "the week's rule" (described in `weekRule`) and "leave out of the programme" are offered. */
  session?: { weekRule: string };
};

/** Who may book a session or, as its default, a week. Works without JavaScript. */
export function BookingRuleForm({ action, id, initial, session }: Props) {
  const t = useTranslations("admin.booking");
  const [state, formAction] = useActionState(action, idleFormState);
  const answerKey = useAnswerKey(state);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const rules = session ? ["", "OPEN", "EMAIL_DOMAIN", "INVITATION", "APPROVAL"] : ["OPEN", "EMAIL_DOMAIN", "APPROVAL"];
  return (
    <form key={answerKey} action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} titleId="rule-error-summary" />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      {Object.entries(id).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ChoicesField
        name="bookingRule"
        type="radio"
        legend={t("fields.bookingRule")}
        error={errors.bookingRule}
        options={rules.map((rule) => ({
          value: rule,
          label: rule === "" ? t("rules.WEEK", { rule: session?.weekRule ?? "" }) : t(`rules.${rule}` as "rules.OPEN"),
        }))}
        selected={[values.bookingRule]}
      />
      <TextAreaField
        name="bookingDomains"
        label={t("fields.bookingDomains")}
        hint={t("fields.bookingDomainsHint")}
        error={errors.bookingDomains}
        defaultValue={values.bookingDomains}
        rows={3}
        spellCheck={false}
        autoCapitalize="none"
      />
      <TextField
        name="bookingAudience"
        label={t("fields.bookingAudience")}
        hint={t("fields.bookingAudienceHint")}
        error={errors.bookingAudience}
        defaultValue={values.bookingAudience}
        lang="en"
        maxLength={150}
      />
      <TextField
        name="bookingAudienceCy"
        label={t.rich("fields.bookingAudienceCy", welshWords)}
        hint={t("fields.welshHint")}
        error={errors.bookingAudienceCy}
        defaultValue={values.bookingAudienceCy}
        lang="cy"
        maxLength={150}
      />
      {session ? (
        <CheckboxField name="unlisted" label={t("fields.unlisted")} hint={t("fields.unlistedHint")} defaultChecked={values.unlisted === "on"} />
      ) : null}
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
