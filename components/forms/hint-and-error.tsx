"use client";

import { useFormTexts } from "./form-texts";

// Every field's hint and error line, in a module of their own: a page whose
// only form has text fields (sign-in) loads these and not the other fields.

/** Ids of the hint and error paragraphs, for aria-describedby. */
export function describedBy(name: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function HintAndError({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  const texts = useFormTexts();
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mb-1 font-bold text-danger">
          <span className="sr-only">{texts.errorPrefix} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
