"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { promoteFromWaitingListAction } from "@/app/admin/sessions/[sessionId]/registrations/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { idleFormState } from "@/lib/forms/form-state";

/** Moves one person from the waiting list to a confirmed place; a refusal (say, the session is full) shows here. */
export function PromoteForm({ sessionId, registrationId, name }: { sessionId: string; registrationId: string; name: string }) {
  const t = useTranslations("admin.registrations.promote");
  const [state, action, pending] = useActionState(promoteFromWaitingListAction, idleFormState);
  return (
    <form action={action} className="mb-2">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="registrationId" value={registrationId} />
      {/* The person's name is in the accessible name, so a list of these buttons reads clearly. */}
      <button type="submit" className="button" disabled={pending} aria-disabled={pending} aria-label={`${t("button")}: ${name}`}>
        {t("button")}
      </button>
    </form>
  );
}
