"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { answerPeerConfirmationAction } from "@/app/(auth)/peer-confirmation/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { idleFormState } from "@/lib/forms/form-state";

/** The colleague's two buttons; once answered, the thanks in their place. */
export function PeerAnswerForm({ token, askedBy }: { token: string; askedBy: string }) {
  const t = useTranslations("cpd.peer.answer");
  const [state, action, pending] = useActionState(answerPeerConfirmationAction, idleFormState);
  if (state.status === "success") {
    return (
      <div role="status" className="mb-6 border-l-4 border-success bg-panel p-4">
        <h2 className="mb-2 text-2xl">{state.values?.answer === "CONFIRMED" ? t("confirmedHeading") : t("declinedHeading")}</h2>
        <p>{t("answered", { askedBy })}</p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="mb-6">
      <ErrorSummary message={state.message} />
      <input type="hidden" name="token" value={token} />
      <p id="answer-hint" className="mb-4 max-w-prose text-muted">
        {t("hint", { askedBy })}
      </p>
      <div className="flex flex-wrap gap-4">
        <button type="submit" name="answer" value="CONFIRMED" className="button" aria-describedby="answer-hint" disabled={pending}>
          {t("confirm")}
        </button>
        <button type="submit" name="answer" value="DECLINED" className="button button-secondary" aria-describedby="answer-hint" disabled={pending}>
          {t("decline")}
        </button>
      </div>
    </form>
  );
}
