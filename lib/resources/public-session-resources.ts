import type { ResourceAccess } from "./resource-visibility";
import { sessionResourcesView, type ResourceRow, type SessionResourcesView } from "./session-resources-view";

/** What the shared, cached session page holds of its resources (lib/programme/get-session-page.ts). */
export type PublicSessionResources = {
  endsAt: Date;
  /** Resources for everyone, in order. */
  resources: ResourceRow[];
  /** The others, by kind and visibility only: never their links or titles. */
  restrictedResources: ResourceAccess[];
};

/**
 * The resources a visitor who is not signed in sees, from the cached page's
 * data. Their page may be stored and served to every other visitor
 * (docs/decisions/0010), so it is built from public data only; the time is
 * this request's, so a recording appears once the session has ended.
 */
export function publicSessionResources(session: PublicSessionResources, now: Date = new Date()): SessionResourcesView {
  return sessionResourcesView(session.resources, "VISITOR", { sessionEndsAt: session.endsAt, now }, session.restrictedResources);
}
