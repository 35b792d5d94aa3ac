import type { FieldErrors } from "../forms/field-errors";

/** The caller as the CPD functions need them. */
export type CpdCaller = { id: string };

/**
 * How a CPD write fails, in the shape every form's failure takes
 * (lib/forms/form-failure.ts): field problems (message keys of "cpd.errors"),
 * or the refusal "refused" (a key of "cpd.form"): the registration or entry
 * is not the caller's, not attended, or unknown — one plain answer that
 * reveals nothing.
 */
export type CpdFailure = { ok: false; fieldErrors: FieldErrors } | { ok: false; refusal: "refused" };

/** What saving a CPD entry returns. */
export type CpdWriteResult = { ok: true; entryId: string } | CpdFailure;

/** What saving something else of the CPD record (a renewal date, a discussion) returns. */
export type CpdSaveResult = { ok: true } | CpdFailure;
