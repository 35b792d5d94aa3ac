"use client";

import { useActionState } from "react";
import { answerPeerConfirmationAction } from "@/app/(auth)/peer-confirmation/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { idleFormState } from "@/lib/forms/form-state";

/** The page's words, put into the page's language by the server (this page loads no message catalogue of its own). */
export type PeerAnswerWords = { hint: string; confirm: string; decline: string; confirmedHeading: string; declinedHeading: string; answered: string };

/** The colleague's two buttons; once answered, the thanks in their place. */
export function PeerAnswerForm({ token, words }: { token: string; words: PeerAnswerWords }) {
  const [state, action, pending] = useActionState(answerPeerConfirmationAction, idleFormState);
  if (state.status === "success") {
    return (
      <div role="status" className="mb-6 border-l-4 border-success bg-panel p-4">
        <h2 className="mb-2 text-2xl">{state.values?.answer === "CONFIRMED" ? words.confirmedHeading : words.declinedHeading}</h2>
        <p>{words.answered}</p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="mb-6">
      <ErrorSummary message={state.message} />
      <input type="hidden" name="token" value={token} />
      <p id="answer-hint" className="mb-4 max-w-prose text-muted">
        {words.hint}
      </p>
      <div className="flex flex-wrap gap-4">
        <button type="submit" name="answer" value="CONFIRMED" className="button" aria-describedby="answer-hint" disabled={pending}>
          {words.confirm}
        </button>
        <button type="submit" name="answer" value="DECLINED" className="button button-secondary" aria-describedby="answer-hint" disabled={pending}>
          {words.decline}
        </button>
      </div>
    </form>
  );
}
