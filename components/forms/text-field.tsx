"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, HintAndError } from "./hint-and-error";

type Props = {
  name: string;
  /** Text, or text with a part in another language (a <span lang>). */
  label: ReactNode;
  hint?: string;
  error?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ name, label, hint, error, className, ...input }: Props) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={name} className="field-label">
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`field-control ${error ? "border-danger" : ""} ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}
