"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Link } from "@/components/locale-link";
import { idleFormState } from "@/lib/forms/form-state";
import { deleteSpeakerAction } from "./actions";

/** The second step of deleting a speaker: the button that really deletes them, and the way back. */
export function DeleteSpeakerForm({ speakerId }: { speakerId: string }) {
  const t = useTranslations("admin.speakers.delete");
  const [state, action, pending] = useActionState(deleteSpeakerAction, idleFormState);
  return (
    <form action={action}>
      <ErrorSummary message={state.status === "error" ? state.message : undefined} />
      <input type="hidden" name="speakerId" value={speakerId} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="button button-danger" disabled={pending} aria-disabled={pending}>
          {t("confirm")}
        </button>
        <Link href={`/admin/speakers/${speakerId}`} className="inline-block py-2">
          {t("back")}
        </Link>
      </div>
    </form>
  );
}
