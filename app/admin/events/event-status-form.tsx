"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { MissingWelshTable } from "@/components/admin/missing-welsh-table";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { idleFormState } from "@/lib/forms/form-state";
import { publishEventAction, unpublishEventAction, type PublicationFormState } from "./actions";

/**
 * Publish a draft week, or take a published one back to draft. Publishing a
 * week with Welsh still to write takes two steps: the first shows what is
 * missing, with a "Publish anyway" button that sends the form again with
 * publishWithoutWelsh=yes. Works without JavaScript.
 */
export function EventStatusForm({ eventId, published }: { eventId: string; published: boolean }) {
  const t = useTranslations("admin.events.publication");
  const [state, action] = useActionState<PublicationFormState, FormData>(published ? unpublishEventAction : publishEventAction, idleFormState);
  const missing = !published && state.missingWelsh?.length ? state.missingWelsh : null;
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (missing) confirmation.current?.focus();
  }, [missing]);
  return (
    <form action={action}>
      <ErrorSummary message={state.status === "error" ? state.message : undefined} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <input type="hidden" name="eventId" value={eventId} />
      {published ? <p className="mb-3 max-w-prose">{t("unpublishHint")}</p> : null}
      {missing ? (
        <div
          ref={confirmation}
          tabIndex={-1}
          aria-labelledby="missing-welsh-heading"
          role="group"
          className="mb-4 border-l-8 border-brand bg-panel p-4 focus:outline-none"
        >
          <h3 id="missing-welsh-heading" className="mb-2 text-xl">
            {t("confirmHeading")}
          </h3>
          <p className="mb-3 max-w-prose">{t("confirmIntro", { count: missing.length })}</p>
          <MissingWelshTable gaps={missing} empty="" />
          <p className="mt-3 max-w-prose">{t("confirmHint")}</p>
          <input type="hidden" name="publishWithoutWelsh" value="yes" />
        </div>
      ) : null}
      <SubmitButton secondary={published}>{published ? t("unpublish") : missing ? t("publishAnyway") : t("publish")}</SubmitButton>
    </form>
  );
}
