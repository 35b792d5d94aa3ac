"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { deleteAccountAction } from "@/app/account/privacy/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ChoicesField } from "@/components/forms/fields";
import { HintAndError, describedBy } from "@/components/forms/hint-and-error";
import { TextField } from "@/components/forms/text-field";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

function DeleteButton({ children }: { children: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-danger" disabled={pending} aria-disabled={pending}>
      {children}
    </button>
  );
}

/** The password, the certificate choice and the confirmation; the server checks each again. */
export function DeleteAccountForm({ hasCertificates }: { hasCertificates: boolean }) {
  const t = useTranslations("privacy.delete");
  const [state, action] = useActionState(deleteAccountAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const certificateName = values.certificateName === "name" ? "name" : "initials";
  return (
    <form key={answerKey} action={action} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} />
      <ChoicesField
        name="certificateName"
        type="radio"
        legend={t("certificateNameLegend")}
        hint={hasCertificates ? t("certificateNameHint") : t("certificateNameHintNone")}
        error={errors.certificateName}
        selected={[certificateName]}
        options={[
          { value: "initials", label: t("certificateNameInitials") },
          { value: "name", label: t("certificateNameFull") },
        ]}
      />
      <div className={`mb-5 ${errors.confirm ? "border-l-4 border-danger pl-3" : ""}`}>
        <HintAndError name="confirm" error={errors.confirm} />
        <div className="flex items-center gap-3">
          <input
            id="confirm"
            type="checkbox"
            name="confirm"
            value="on"
            defaultChecked={values.confirm === "on"}
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={describedBy("confirm", undefined, errors.confirm)}
            className="h-6 w-6 shrink-0 accent-brand"
          />
          <label htmlFor="confirm" className="py-1 font-bold">
            {t("confirmLabel")}
          </label>
        </div>
      </div>
      <TextField
        name="currentPassword"
        label={t("password")}
        hint={t("passwordHint")}
        type="password"
        autoComplete="current-password"
        className="max-w-md"
        error={errors.currentPassword}
      />
      <DeleteButton>{t("submit")}</DeleteButton>
    </form>
  );
}
