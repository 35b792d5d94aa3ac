import { Prisma } from "../generated/prisma/client";

// Shared by the weeks, themes and speakers functions: field errors are message
// keys (admin.<area>.errors.*), turned into words by the server action.

import type { FieldErrors } from "../forms/field-errors";
export { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";

/** A write either happened completely or not at all; `values` fill placeholders in the messages. */
export type WriteResult<T> =
  | ({ ok: true } & T)
  | { ok: false; fieldErrors: FieldErrors; values?: Record<string, string | number> };

/** A unique index refused the write (e.g. two organisers saving the same slug at once). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Thrown inside a transaction to roll it back and report field errors instead. */
export class FieldErrorsRollback extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly values?: Record<string, string | number>,
  ) {
    super("Validation failed inside the transaction");
    this.name = "FieldErrorsRollback";
  }
}
