"use client";

import { useActionState } from "react";
import { cancelRegistrationAction, registerAction } from "@/app/(public)/sessions/actions";
import { idleFormState } from "@/lib/forms/form-state";
import { SubmitButton } from "./forms/submit-button";

export type RegistrationFormProps =
  | { mode: "book"; sessionId: string; full: boolean; returnTo: string }
  | { mode: "cancel"; registrationId: string; waitlisted: boolean; returnTo: string };

/**
 * Book or cancel with one button; works without JavaScript, and says what
 * happened. The button's words come translated from the server
 * (registration-form.tsx): the public pages load no message formatter.
 */
export function RegistrationFormClient({ label, ...props }: RegistrationFormProps & { label: string }) {
  const [state, action] = useActionState(props.mode === "book" ? registerAction : cancelRegistrationAction, idleFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="returnTo" value={props.returnTo} />
      {props.mode === "book" ? (
        <input type="hidden" name="sessionId" value={props.sessionId} />
      ) : (
        <input type="hidden" name="registrationId" value={props.registrationId} />
      )}
      <SubmitButton secondary={props.mode === "cancel"}>
        {label}
      </SubmitButton>
      <p role="status" aria-live="polite" className={state.status === "error" ? "font-bold text-danger" : "font-bold text-success"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
