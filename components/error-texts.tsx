"use client";

import type { AppLocale } from "@/lib/i18n/locales";
import { createTextsContext } from "./texts-context";

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

const errorTexts = createTextsContext<ErrorTexts>("useErrorTexts");

export const ErrorTextsProvider = errorTexts.Provider;
export const useErrorTexts = errorTexts.useTexts;
