import { z } from "zod";
import type { PrismaClient } from "../prisma-client";
import { publicSessionWhere } from "../programme/public-visibility";
import { resourceViewerOf } from "./resource-visibility";
import { resourceOrder, resourceSelect, sessionResourcesView, type SessionResourcesView } from "./session-resources-view";

const sessionIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i);

/** Who is asking: a signed-in person, or null for a visitor. */
export type ResourceViewerInput = { userId: string } | null;

/**
 * The resources of a public session that a given person may see now, with
 * each link's domain, and why there is more they cannot see yet: for the
 * session page of a signed-in person and for emails to one person (the
 * follow-up after a session). The rule is resource-visibility.ts's; null
 * when there is no such public session (drafts included).
 */
export async function listSessionResourcesFor(
  db: PrismaClient,
  sessionId: string,
  viewer: ResourceViewerInput,
  now: Date = new Date(),
): Promise<SessionResourcesView | null> {
  const id = sessionIdSchema.safeParse(sessionId);
  if (!id.success) return null;
  const session = await db.session.findFirst({
    where: { id: id.data, ...publicSessionWhere },
    select: {
      endsAt: true,
      resources: { orderBy: resourceOrder, select: resourceSelect },
      registrations: { where: { userId: viewer ? viewer.userId : { in: [] } }, select: { status: true, attendance: true } },
    },
  });
  if (!session) return null;
  const standing = resourceViewerOf(viewer !== null, session.registrations[0]);
  return sessionResourcesView(session.resources, standing, { sessionEndsAt: session.endsAt, now });
}
