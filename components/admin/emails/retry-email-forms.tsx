"use client";

import { useTranslations } from "next-intl";
import { createContext, useActionState, useContext, type ReactNode } from "react";
import { retryFailedEmailAction } from "@/app/admin/emails/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { idleFormState } from "@/lib/forms/form-state";

type Retry = { action: (formData: FormData) => void; pending: boolean };

const RetryContext = createContext<Retry | null>(null);

/**
 * The "Try again" forms of the list share one action state, shown above the
 * list. A refusal (say, another organiser tried it first) then always has a
 * place to show, also without JavaScript, when the page comes back with that
 * email's row changed or gone.
 */
export function RetryEmailForms({ children }: { children: ReactNode }) {
  const [state, action, pending] = useActionState(retryFailedEmailAction, idleFormState);
  return (
    <RetryContext value={{ action, pending }}>
      <ErrorSummary message={state.status === "error" ? state.message : undefined} titleId="retry-error-title" />
      {children}
    </RetryContext>
  );
}

/** "Try again" for one failed email; its accessible name says whose email it is. */
export function RetryEmailButton({ emailId, label }: { emailId: string; label: string }) {
  const t = useTranslations("admin.emails.retry");
  const retry = useContext(RetryContext);
  if (!retry) throw new Error("RetryEmailButton must be inside RetryEmailForms");
  return (
    <form action={retry.action}>
      <input type="hidden" name="emailId" value={emailId} />
      {/* The accessible name starts with the visible words, so speech control finds it by what it shows. */}
      <button type="submit" className="button" disabled={retry.pending} aria-disabled={retry.pending} aria-label={label}>
        {t("button")}
      </button>
    </form>
  );
}
