import type { FieldErrors } from "./field-errors";

// The one way a domain function says "it failed" (docs/decisions/0018-one-result-shape.md).
// A failure is message keys, never words: field problems, a refusal of the
// whole form, and values for the messages' placeholders. Server actions hand
// it, unchanged, to failedFormState (lib/forms/form-failure.ts).

/** How something failed, in message keys. `Refusal` narrows the refusal keys a function can give. */
export type Failure<Refusal extends string = string> = {
  /** Field name → message key; the field "form" is a problem with the whole form. */
  fieldErrors?: FieldErrors;
  /** A refusal of the whole form (not yours, no such session, too late…): a message key. */
  refusal?: Refusal;
  /** Values for the messages' placeholders ({email}, {count}…). */
  values?: Record<string, string | number>;
};

/** What a domain function that can fail returns: `{ ok: true, …T }` or `{ ok: false, …Failure }`. */
export type Result<T extends object = object, Refusal extends string = string> = ({ ok: true } & T) | ({ ok: false } & Failure<Refusal>);

/** The failing half of a Result. */
export type Failed<Refusal extends string = string> = { ok: false } & Failure<Refusal>;

/**
 * Thrown inside a transaction to roll it back and report field errors instead;
 * the function that opened the transaction catches it and returns `rollback.result`.
 * A throw is the only way out of prisma.$transaction that undoes its writes.
 */
export class FieldErrorsRollback extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly values?: Record<string, string | number>,
  ) {
    super("Validation failed inside the transaction");
    this.name = "FieldErrorsRollback";
  }

  /** The failure this rollback reports, as the one result shape. */
  get result(): Failed {
    return { ok: false, fieldErrors: this.fieldErrors, values: this.values };
  }
}
