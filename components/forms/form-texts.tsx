"use client";

import { createTextsContext } from "../texts-context";

/**
 * The words every form's error summary and error lines share, given by the
 * root layout, so that a page with a form but no other formatted message
 * (sign-in, sign-up) loads no message formatter in the browser.
 */
export type FormTexts = {
  /** The error summary's heading: "There is a problem". */
  errorSummary: string;
  /** Read before each field's error by screen readers: "Error:". */
  errorPrefix: string;
};

const formTexts = createTextsContext<FormTexts>("useFormTexts");

export const FormTextsProvider = formTexts.Provider;
export const useFormTexts = formTexts.useTexts;
