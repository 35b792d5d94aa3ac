import type { CurrentUser } from "../auth/current-user";

/** Thrown when someone who is not an organiser reaches an admin data function. */
export class NotOrganiserError extends Error {
  constructor() {
    super("Only organisers may do this.");
    this.name = "NotOrganiserError";
  }
}

export type Organiser = CurrentUser & { role: "ORGANISER" };

/**
 * Second line of defence: every admin data function calls this with the caller,
 * so a page or action that forgot `requireOrganiser()` still cannot read or write.
 */
export function assertOrganiser(actor: CurrentUser | null | undefined): asserts actor is Organiser {
  if (!actor || actor.role !== "ORGANISER") throw new NotOrganiserError();
}
