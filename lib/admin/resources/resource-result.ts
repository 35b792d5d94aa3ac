import type { Result } from "../../forms/result";

/** Keys of admin.resources.errors for a refusal of the whole form. */
export type ResourceRefusal = "notFound";

/** How a change to a session's resources went (docs/decisions/0009): message keys, never words. */
export type ResourceChangeResult<T extends object = object> = Result<T, ResourceRefusal>;

export const resourceNotFound = { ok: false, refusal: "notFound" } as const;
