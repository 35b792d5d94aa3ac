"use client";

import { useActionState } from "react";
import { cancelMessageAction, discardMessageDraftAction } from "@/app/admin/messages/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleFormState } from "@/lib/forms/form-state";

const actions = { cancel: cancelMessageAction, discard: discardMessageDraftAction };

/** One button that cancels a scheduled message or discards a draft; a refusal is said above it. */
export function MessageChangeButton({ messageId, change, label }: { messageId: string; change: keyof typeof actions; label: string }) {
  const [state, action] = useActionState(actions[change], idleFormState);
  return (
    <form action={action} className="mb-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} titleId={`${change}-error-summary`} />
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton secondary>{label}</SubmitButton>
    </form>
  );
}
