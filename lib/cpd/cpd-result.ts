import type { FieldErrors } from "../forms/field-errors";

/** The caller as the CPD functions need them. */
export type CpdCaller = { id: string };

/**
 * What a CPD write returns. `refused`: the registration or entry is not the
 * caller's, not attended, or unknown — one plain answer that reveals nothing.
 */
export type CpdWriteResult = { ok: true; entryId: string } | { ok: false; fieldErrors: FieldErrors } | { ok: false; refused: true };
