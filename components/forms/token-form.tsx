"use client";

import { useActionState } from "react";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";
import { SuccessNotice } from "./success-notice";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The emailed link's secret, sent back with the button (opening a link changes nothing by itself). */
  token?: string;
  submit: string;
  /** Shown once the action succeeded, in place of the button. */
  done?: string;
  secondary?: boolean;
};

/** One button that acts on an emailed link (confirm an address, accept an invitation) or on the signed-in account. */
export function TokenForm({ action, token, submit, done, secondary }: Props) {
  const [state, formAction] = useActionState(action, idleFormState);
  if (state.status === "success" && done) return <SuccessNotice message={done.replace("{email}", state.values?.email ?? "")} />;
  return (
    <form action={formAction} noValidate className="mb-6">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      {token ? <input type="hidden" name="token" value={token} /> : null}
      <SubmitButton secondary={secondary}>{submit}</SubmitButton>
    </form>
  );
}
