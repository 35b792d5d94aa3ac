"use client";

import { useActionState } from "react";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

type Labels = {
  email: string;
  emailHint?: string;
  submit: string;
  sentHeading: string;
  /** Says where the email went; "{email}" is replaced by the address. */
  sent: string;
  sentMore: string[];
  askAgain: string;
};

/**
 * An email address, and a link sent to it (to finish signing up, or to set a
 * new password). After sending, the form gives way to "Check your email",
 * which reads the same whether or not the address has an account.
 */
type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  labels: Labels;
  /** This page's own address: "use another address" opens the form afresh. */
  againHref: string;
  callbackUrl?: string;
};

export function EmailLinkRequestForm({ action, labels, againHref, callbackUrl }: Props) {
  const [state, formAction] = useActionState(action, idleFormState);
  if (state.status === "success") {
    return (
      <div role="status" className="mb-6 max-w-prose border-l-4 border-success bg-panel p-4">
        <h2 className="mb-2 text-2xl">{labels.sentHeading}</h2>
        <p className="mb-2 [overflow-wrap:anywhere]">{labels.sent.replace("{email}", state.values?.email ?? "")}</p>
        {labels.sentMore.map((line) => (
          <p key={line} className="mb-2">
            {line}
          </p>
        ))}
        <p>
          <a href={againHref}>{labels.askAgain}</a>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        name="email"
        label={labels.email}
        hint={labels.emailHint}
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
