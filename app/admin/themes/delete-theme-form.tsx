"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Link } from "@/components/locale-link";
import { idleFormState } from "@/lib/forms/form-state";
import { deleteThemeAction } from "./actions";

/** The second step of deleting a theme: the button that really deletes it, and the way back. */
export function DeleteThemeForm({ themeId }: { themeId: string }) {
  const t = useTranslations("admin.themes.delete");
  const [state, action, pending] = useActionState(deleteThemeAction, idleFormState);
  return (
    <form action={action}>
      <ErrorSummary message={state.status === "error" ? state.message : undefined} />
      <input type="hidden" name="themeId" value={themeId} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="button button-danger" disabled={pending} aria-disabled={pending}>
          {t("confirm")}
        </button>
        <Link href={`/admin/themes/${themeId}`} className="inline-block py-2">
          {t("back")}
        </Link>
      </div>
    </form>
  );
}
