"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetCalendarAction } from "@/app/account/actions";
import { idleFormState } from "@/lib/forms/form-state";
import { SubmitButton } from "./submit-button";

export function ResetCalendarForm() {
  const t = useTranslations("account.programme");
  const [state, action] = useActionState(resetCalendarAction, idleFormState);
  return (
    <form action={action} className="mt-3">
      <SubmitButton secondary>{t("calendarReset")}</SubmitButton>
      <p role="status" aria-live="polite" className="mt-2 font-bold text-success">
        {state.message ?? ""}
      </p>
    </form>
  );
}
