"use client";

import { useActionState } from "react";
import { cancelRegistrationAction, registerAction, withdrawBookingRequestAction } from "@/app/(public)/sessions/actions";
import { idleFormState } from "@/lib/forms/form-state";
import { SubmitButton } from "./forms/submit-button";
import { TextField } from "./forms/text-field";

export type RegistrationFormProps =
  | { mode: "book"; sessionId: string; full: boolean; needsCode?: boolean; returnTo: string }
  | { mode: "request"; sessionId: string; returnTo: string }
  | { mode: "cancel"; registrationId: string; waitlisted: boolean; returnTo: string }
  | { mode: "withdraw"; requestId: string; returnTo: string };

const actions = { book: registerAction, request: registerAction, cancel: cancelRegistrationAction, withdraw: withdrawBookingRequestAction };

/**
 * Book (with an invitation code where the session asks for one), ask for a
 * place, cancel or withdraw a request with one button; works without
 * JavaScript, and says what happened. The words come translated from the
 * server (registration-form.tsx): the public pages load no message formatter.
 */
export function RegistrationFormClient({ label, codeField, ...props }: RegistrationFormProps & { label: string; codeField?: { label: string; hint: string } }) {
  const [state, action] = useActionState(actions[props.mode], idleFormState);
  const codeError = state.fieldErrors?.invitationCode;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="returnTo" value={props.returnTo} />
      {props.mode === "book" || props.mode === "request" ? <input type="hidden" name="sessionId" value={props.sessionId} /> : null}
      {props.mode === "cancel" ? <input type="hidden" name="registrationId" value={props.registrationId} /> : null}
      {props.mode === "withdraw" ? <input type="hidden" name="requestId" value={props.requestId} /> : null}
      {codeField ? (
        <TextField
          name="invitationCode"
          label={codeField.label}
          hint={codeField.hint}
          error={codeError}
          defaultValue={state.values?.invitationCode ?? ""}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          className="max-w-xs font-mono uppercase"
        />
      ) : null}
      <SubmitButton secondary={props.mode === "cancel" || props.mode === "withdraw"}>{label}</SubmitButton>
      <p role="status" aria-live="polite" className={state.status === "error" ? "font-bold text-danger" : "font-bold text-success"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
