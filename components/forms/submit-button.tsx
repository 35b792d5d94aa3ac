"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** Disabled while the form is being sent, so a double click sends once. */
export function SubmitButton({ children, secondary = false }: { children: ReactNode; secondary?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`button ${secondary ? "button-secondary" : ""}`} disabled={pending} aria-disabled={pending}>
      {children}
    </button>
  );
}
