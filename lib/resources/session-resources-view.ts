import type { Prisma } from "../generated/prisma/client";
import type { ResourceKind } from "../generated/prisma/enums";
import { isHttpsLink, linkDomain } from "./resource-link";
import { mayViewResource, stillToComeFor, type ResourceAccess, type ResourceTiming, type ResourceViewer, type StillToCome } from "./resource-visibility";

/** The columns of a resource that a page or an email shows. */
export const resourceSelect = { id: true, kind: true, visibility: true, title: true, titleCy: true, url: true } satisfies Prisma.SessionResourceSelect;

/** In the organiser's order; ties (never expected) by age, so the order is always the same. */
export const resourceOrder = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] satisfies Prisma.SessionResourceOrderByWithRelationInput[];

export type ResourceRow = Prisma.SessionResourceGetPayload<{ select: typeof resourceSelect }>;

/** A resource as shown to one person: its link, and the domain that link goes to. */
export type ShownResource = { id: string; kind: ResourceKind; title: string; titleCy: string | null; url: string; domain: string };

export type SessionResourcesView = {
  /** What this person may open now, in order. */
  shown: ShownResource[];
  /** Why there is more they cannot see yet (message keys of resources.stillToCome). */
  stillToCome: StillToCome[];
};

/**
 * What one person sees of a session's resources. `heldBack` are resources
 * known only by kind and visibility (the cached public page knows no more of
 * those it may not show), counted for the "still to come" line only. A link
 * that fails the https rule (written round the admin form) is never shown.
 */
export function sessionResourcesView(
  resources: readonly ResourceRow[],
  viewer: ResourceViewer,
  timing: ResourceTiming,
  heldBack: readonly ResourceAccess[] = [],
): SessionResourcesView {
  const shown = resources
    .filter((resource) => mayViewResource(resource, viewer, timing) && isHttpsLink(resource.url))
    .map(({ id, kind, title, titleCy, url }) => ({ id, kind, title, titleCy, url, domain: linkDomain(url) }));
  return { shown, stillToCome: stillToComeFor([...resources, ...heldBack], viewer, timing) };
}
