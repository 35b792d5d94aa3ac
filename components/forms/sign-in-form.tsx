"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { idleFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

/** The form's words, translated by the page on the server (no message formatter in the browser). */
export type SignInFormLabels = { email: string; password: string; submit: string };

export function SignInForm({ callbackUrl, labels }: { callbackUrl: string; labels: SignInFormLabels }) {
  const [state, action] = useActionState(signInAction, idleFormState);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary errors={state.fieldErrors} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label={labels.email}
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <TextField name="password" label={labels.password} type="password" autoComplete="current-password" error={state.fieldErrors?.password} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
