"use client";

import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SuccessNotice } from "@/components/forms/success-notice";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields sent with the button, e.g. the session's id. */
  fields: Record<string, string>;
  label: ReactNode;
  variant?: "primary" | "secondary" | "danger";
};

function Button({ label, variant }: { label: ReactNode; variant: NonNullable<Props["variant"]> }) {
  const { pending } = useFormStatus();
  const className = { primary: "button", secondary: "button button-secondary", danger: "button button-danger" }[variant];
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {label}
    </button>
  );
}

/** One button that runs a server action (publish, duplicate, confirm a cancellation…) and says how it went. */
export function ActionButtonForm({ action, fields, label, variant = "primary" }: Props) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction}>
      <ErrorSummary message={state.status === "error" ? state.message : undefined} />
      <SuccessNotice message={state.status === "success" ? state.message : undefined} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button label={label} variant={variant} />
    </form>
  );
}
