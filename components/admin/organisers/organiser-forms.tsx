"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { promoteOrganiserAction, removeOrganiserAction, withdrawInvitationAction } from "@/app/admin/organisers/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

/** Promote an account, or invite an address without one. */
export function AddOrganiserForm() {
  const t = useTranslations("admin.organisers.add");
  const [state, action] = useActionState(promoteOrganiserAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary errors={state.fieldErrors} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      <TextField
        // A fresh field after a success, so the next address starts empty.
        key={state.status === "success" ? state.message : "email"}
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.email ?? ""}
        error={errors.email}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

function Refusal({ state }: { state: FormState }) {
  if (state.status !== "error" || !state.message) return null;
  return (
    <p role="alert" className="mb-3 border-l-4 border-danger pl-3 font-bold text-danger">
      {state.message}
    </p>
  );
}

/** The confirmation step for removing the role: a disclosure with a second button. */
export function RemoveOrganiserForm({ userId, name, isYou }: { userId: string; name: string; isYou: boolean }) {
  const t = useTranslations("admin.organisers.remove");
  const [state, action] = useActionState(removeOrganiserAction, idleFormState);
  return (
    <details open={state.status === "error" ? true : undefined}>
      <summary className="inline-block cursor-pointer py-1 font-bold text-link underline">
        {t("summary")}
        <span className="sr-only"> {t("summaryFor", { name })}</span>
      </summary>
      <form action={action} className="mt-2 max-w-md border-l-4 border-danger bg-panel p-3">
        <Refusal state={state} />
        <p className="mb-3">{isYou ? t("confirmSelf") : t("confirm", { name })}</p>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className="button button-danger">
          {t("submit")}
        </button>
      </form>
    </details>
  );
}

export function WithdrawInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("admin.organisers.invitations");
  const [state, action] = useActionState(withdrawInvitationAction, idleFormState);
  return (
    <form action={action}>
      <Refusal state={state} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" className="button button-secondary" aria-label={t("withdrawFor", { email })}>
        {t("withdraw")}
      </button>
    </form>
  );
}
