import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "./form-state";
import type { Failure } from "./result";

// The one way a form's failure reaches the page. Domain functions and zod
// schemas speak in message keys, never in words; every server action hands
// its failure to failedFormState, which puts the keys into words in the
// page's language (English or Welsh, from the same catalogue) and keeps what
// was typed. There is no other translator of field errors or refusals.

/** How a form failed, in message keys: the failing half of the one domain result (lib/forms/result.ts). */
export type FormFailure = Failure;

/**
 * Where a form's messages live in the catalogue: one namespace for both
 * ("account.errors"), or one for field problems and one for refusals.
 */
export type FormMessages = string | { fields: string; refusals: string };

type Say = (key: string, values?: Record<string, string | number>) => string;

async function translatorOf(namespace: string): Promise<Say> {
  // Namespaces are chosen by the action, so next-intl's key types cannot follow them here.
  return (await getTranslations(namespace as never)) as unknown as Say;
}

/** The form state for a failure: every key in words, in the page's language, with what was typed kept (never passwords: see keptValues). */
export async function failedFormState(messages: FormMessages, failure: FormFailure, typed?: Record<string, string>): Promise<FormState> {
  const namespaces = typeof messages === "string" ? { fields: messages, refusals: messages } : messages;
  const fields = await translatorOf(namespaces.fields);
  const refusals = namespaces.refusals === namespaces.fields ? fields : await translatorOf(namespaces.refusals);
  const { form, ...byField } = failure.fieldErrors ?? {};
  const message = failure.refusal ? refusals(failure.refusal, failure.values) : form ? fields(form, failure.values) : undefined;
  const fieldErrors = Object.fromEntries(Object.entries(byField).map(([field, key]) => [field, fields(key, failure.values)]));
  return {
    status: "error",
    ...(message === undefined ? {} : { message }),
    ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
    ...(typed ? { values: typed } : {}),
  };
}
