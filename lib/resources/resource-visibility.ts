import type { AttendanceStatus, RegistrationStatus, ResourceKind, ResourceVisibility } from "../generated/prisma/enums";

export { ResourceKind, ResourceVisibility } from "../generated/prisma/enums"; // for pages and forms, outside lib (ADR 0017)

// Who may see a session's resources: the one rule, used by the session page
// and by anything that lists resources for a person (the follow-up email).
//
// - EVERYONE: any visitor of the session's page, signed in or not.
// - REGISTRANTS: people with a confirmed place. The waiting list does not
//   count (they have no place), nor does a cancelled place. Someone marked as
//   attended counts, whatever became of the place afterwards.
// - ATTENDEES: people marked as attended, by the organiser's register or by
//   self check-in (Registration.attendance = ATTENDED), as for certificates.
// A RECORDING is shown only once the session has ended, whoever may see it:
// before then there is nothing to watch, and an early link would be a live
// stream's address.

/** Where a person stands with one session, as far as its resources go. */
export type ResourceViewer = "VISITOR" | "SIGNED_IN" | "REGISTRANT" | "ATTENDEE";

/** Why something is not shown to this person yet (each a message key of resources.stillToCome). */
export type StillToCome = "registrants" | "attendees" | "afterSession";

export type ResourceAccess = { kind: ResourceKind; visibility: ResourceVisibility };

export type ResourceTiming = { sessionEndsAt: Date; now: Date };

/** A person's standing from their registration on the session (null when they have none); `signedIn` false is a visitor. */
export function resourceViewerOf(
  signedIn: boolean,
  registration: { status: RegistrationStatus; attendance: AttendanceStatus } | null | undefined,
): ResourceViewer {
  if (!signedIn) return "VISITOR";
  if (registration?.attendance === "ATTENDED") return "ATTENDEE";
  if (registration?.status === "CONFIRMED") return "REGISTRANT";
  return "SIGNED_IN";
}

function visibleBy(visibility: ResourceVisibility, viewer: ResourceViewer): boolean {
  if (visibility === "EVERYONE") return true;
  if (visibility === "REGISTRANTS") return viewer === "REGISTRANT" || viewer === "ATTENDEE";
  return viewer === "ATTENDEE";
}

const waitsForTheEnd = (resource: ResourceAccess, timing: ResourceTiming) => resource.kind === "RECORDING" && timing.now < timing.sessionEndsAt;

/** May this person see this resource now? */
export function mayViewResource(resource: ResourceAccess, viewer: ResourceViewer, timing: ResourceTiming): boolean {
  return visibleBy(resource.visibility, viewer) && !waitsForTheEnd(resource, timing);
}

/**
 * What the person cannot see yet, and why, for a short line under the list
 * ("People who attended can see more here"): the groups it is kept for that
 * the person is not in, and recordings they will see once the session ends.
 * Never what the hidden resources are.
 */
export function stillToComeFor(resources: readonly ResourceAccess[], viewer: ResourceViewer, timing: ResourceTiming): StillToCome[] {
  const reasons = new Set<StillToCome>();
  for (const resource of resources) {
    if (mayViewResource(resource, viewer, timing)) continue;
    if (!visibleBy(resource.visibility, viewer)) reasons.add(resource.visibility === "ATTENDEES" ? "attendees" : "registrants");
    else reasons.add("afterSession");
  }
  return (["registrants", "attendees", "afterSession"] as const).filter((reason) => reasons.has(reason));
}
