import "server-only";
import { getTranslations } from "next-intl/server";
import type { FieldErrors } from "./field-errors";
import { keptValues, type FormState } from "./form-state";

/**
 * One translator for the account forms (sign-in, sign-up, passwords, email
 * links, invitations): their lib functions fail with field errors and/or a
 * refusal, both keys of "account.errors", and the form keeps what was typed
 * (never passwords).
 */
export async function accountFailureState(failure: { fieldErrors?: FieldErrors; refusal?: string }, formData: FormData): Promise<FormState> {
  const t = (await getTranslations("account.errors")) as unknown as (key: string) => string;
  return {
    status: "error",
    message: failure.refusal ? t(failure.refusal) : undefined,
    fieldErrors: failure.fieldErrors ? Object.fromEntries(Object.entries(failure.fieldErrors).map(([field, key]) => [field, t(key)])) : undefined,
    values: keptValues(formData),
  };
}
