import type { FieldErrors } from "../../forms/field-errors";

/** Keys of admin.resources.errors for a refusal of the whole form. */
export type ResourceRefusal = "notFound";

/** How a change to a session's resources went (docs/decisions/0009): message keys, never words. */
export type ResourceChangeResult<T = object> = ({ ok: true } & T) | { ok: false; fieldErrors: FieldErrors } | { ok: false; refusal: ResourceRefusal };

export const resourceNotFound = { ok: false, refusal: "notFound" } as const;
