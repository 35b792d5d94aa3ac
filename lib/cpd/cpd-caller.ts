/**
 * The caller as the CPD functions need them. A CPD write that fails returns the
 * one Result (lib/forms/result.ts): field problems (keys of "cpd.errors"), or
 * the refusal "refused" (a key of "cpd.form"): the registration or entry is not
 * the caller's, not attended, or unknown — one plain answer that reveals nothing.
 */
export type CpdCaller = { id: string };
