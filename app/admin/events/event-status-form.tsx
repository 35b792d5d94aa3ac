"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { idleFormState } from "@/lib/forms/form-state";
import { publishEventAction, unpublishEventAction } from "./actions";

/** Publish a draft week, or take a published one back to draft. */
export function EventStatusForm({ eventId, published }: { eventId: string; published: boolean }) {
  const t = useTranslations("admin.events.publication");
  const [state, action] = useActionState(published ? unpublishEventAction : publishEventAction, idleFormState);
  return (
    <form action={action}>
      <ErrorSummary message={state.status === "error" ? state.message : undefined} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <input type="hidden" name="eventId" value={eventId} />
      {published ? (
        <p className="mb-3 max-w-prose">
          {t("unpublishHint")}
        </p>
      ) : null}
      <SubmitButton secondary={published}>{published ? t("unpublish") : t("publish")}</SubmitButton>
    </form>
  );
}
