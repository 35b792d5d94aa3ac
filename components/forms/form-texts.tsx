"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The words every form's error summary and error lines share, translated on
 * the server by the root layout and handed down in a plain context, so that
 * a page with a form but no other formatted message (sign-in, sign-up) loads
 * no message formatter in the browser.
 */
export type FormTexts = {
  /** The error summary's heading: "There is a problem". */
  errorSummary: string;
  /** Read before each field's error by screen readers: "Error:". */
  errorPrefix: string;
};

const FormTextsContext = createContext<FormTexts | null>(null);

export function FormTextsProvider({ texts, children }: { texts: FormTexts; children: ReactNode }) {
  return <FormTextsContext.Provider value={texts}>{children}</FormTextsContext.Provider>;
}

export function useFormTexts(): FormTexts {
  const texts = useContext(FormTextsContext);
  if (!texts) throw new Error("useFormTexts needs FormTextsProvider (the root layout gives it)");
  return texts;
}
