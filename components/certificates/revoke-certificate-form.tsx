"use client";

import { useActionState } from "react";
import { revokeCertificateAction } from "@/app/admin/certificates/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextAreaField } from "@/components/forms/fields";
import { useAnswerKey } from "@/components/forms/use-answer-key";
import { idleFormState } from "@/lib/forms/form-state";

export type RevokeCertificateLabels = {
  reasonLabel: string;
  reasonHint: string;
  confirmLabel: string;
  submit: string;
};

/**
 * The confirmation step for revoking: a reason and an explicit tick. The
 * labels come from the page (the admin area's client messages do not include
 * the certificates catalogue).
 */
export function RevokeCertificateForm({ certificateId, labels }: { certificateId: string; labels: RevokeCertificateLabels }) {
  const [state, action] = useActionState(revokeCertificateAction, idleFormState);
  const answerKey = useAnswerKey(state);
  const errors = state.fieldErrors ?? {};
  return (
    <form key={answerKey} action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} />
      <input type="hidden" name="certificateId" value={certificateId} />
      <TextAreaField
        name="reason"
        label={labels.reasonLabel}
        hint={labels.reasonHint}
        error={errors.reason}
        defaultValue={state.values?.reason ?? ""}
        maxLength={500}
        rows={3}
      />
      <div className={`mb-5 ${errors.confirm ? "border-l-4 border-danger pl-3" : ""}`}>
        {errors.confirm ? (
          <p id="confirm-error" className="mb-1 font-bold text-danger">
            {errors.confirm}
          </p>
        ) : null}
        <div className="flex items-center gap-3">
          <input
            id="confirm"
            type="checkbox"
            name="confirm"
            value="on"
            defaultChecked={state.values?.confirm === "on"}
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? "confirm-error" : undefined}
            className="h-6 w-6 shrink-0 accent-brand"
          />
          <label htmlFor="confirm" className="py-1 font-bold">
            {labels.confirmLabel}
          </label>
        </div>
      </div>
      <button type="submit" className="button button-danger">
        {labels.submit}
      </button>
    </form>
  );
}
