"use client";

import { useActionState, type ReactNode } from "react";
import { bookObservationAction, cancelObservationAction } from "@/app/account/observations/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleFormState } from "@/lib/forms/form-state";

type Props = { mode: "book"; slotId: string; label: ReactNode } | { mode: "cancel"; bookingId: string; label: ReactNode };

/** Book a slot or cancel an observation with one button; says what happened (or why not) beside it. */
export function ObservationButton(props: Props) {
  const [state, action] = useActionState(props.mode === "book" ? bookObservationAction : cancelObservationAction, idleFormState);
  return (
    <form action={action}>
      {props.mode === "book" ? <input type="hidden" name="slotId" value={props.slotId} /> : <input type="hidden" name="bookingId" value={props.bookingId} />}
      <SubmitButton secondary={props.mode === "cancel"}>{props.label}</SubmitButton>
      <p role="status" aria-live="polite" className={state.status === "error" ? "font-bold text-danger" : "font-bold text-success"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
