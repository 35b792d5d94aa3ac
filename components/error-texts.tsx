"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { AppLocale } from "@/lib/i18n/locales";

/**
 * The error page's words, translated on the server by the root layout and
 * handed down in a plain context: the error boundary must be a client
 * component, and these few strings are all it needs, so no page carries the
 * message formatter's code just in case something fails.
 */
export type ErrorTexts = {
  locale: AppLocale;
  metaTitle: string;
  heading: string;
  body: string;
  bookingHint: string;
  retry: string;
  programmeLink: string;
  homeLink: string;
  /** With "{digest}" where the error's reference goes. */
  reference: string;
};

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error("useErrorTexts needs ErrorTextsProvider (the root layout gives it)");
  return texts;
}
