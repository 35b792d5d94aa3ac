"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelRegistrationOnBehalfAction } from "@/app/admin/sessions/[sessionId]/registrations/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { idleFormState } from "@/lib/forms/form-state";

/**
 * Cancelling on someone's behalf takes two steps: opening the disclosure
 * explains what will happen, and only its second button sends the form.
 */
export function CancelRegistrationForm({
  sessionId,
  registrationId,
  name,
  waiting,
}: {
  sessionId: string;
  registrationId: string;
  name: string;
  waiting: boolean;
}) {
  const t = useTranslations("admin.registrations.cancel");
  const [state, action, pending] = useActionState(cancelRegistrationOnBehalfAction, idleFormState);
  return (
    <details className="group" open={state.status === "error" ? true : undefined}>
      <summary className="button button-secondary list-none [&::-webkit-details-marker]:hidden" aria-label={`${t("summary")}: ${name}`}>
        {t("summary")}
      </summary>
      <form action={action} className="mt-3 max-w-sm border-l-4 border-danger pl-3">
        <ErrorSummary message={state.status === "error" ? state.message : undefined} />
        <p className="mb-3">{waiting ? t("explainWaiting", { name }) : t("explainConfirmed", { name })}</p>
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="registrationId" value={registrationId} />
        <button type="submit" className="button button-danger" disabled={pending} aria-disabled={pending} aria-label={`${t("confirm")}: ${name}`}>
          {t("confirm")}
        </button>
      </form>
    </details>
  );
}
