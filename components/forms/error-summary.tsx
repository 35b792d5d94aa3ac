"use client";

import { useEffect, useRef } from "react";
import { useFormTexts } from "./form-texts";

/**
 * GOV.UK-style summary at the top of a form: each problem links to its field.
 * A page with more than one form gives each summary its own `titleId`.
 */
export function ErrorSummary({ errors, message, titleId = "error-summary-title" }: { errors?: Record<string, string>; message?: string; titleId?: string }) {
  const texts = useFormTexts();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  const hasProblems = entries.length > 0 || !!message;
  useEffect(() => {
    if (hasProblems) ref.current?.focus();
  }, [hasProblems, errors, message]);
  if (!hasProblems) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId} className="mb-6 border-4 border-danger p-4 focus:outline-none">
      <h2 id={titleId} className="mb-2 text-xl">
        {texts.errorSummary}
      </h2>
      <ul className="space-y-1">
        {message ? <li className="font-bold text-danger">{message}</li> : null}
        {entries.map(([field, text]) => (
          <li key={field}>
            <a href={`#${field}`} className="font-bold text-danger">
              {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
