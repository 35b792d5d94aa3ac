import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { linkDomain, isHttpsLink } from "../../resources/resource-link";
import { resourceOrder } from "../../resources/session-resources-view";
import { assertOrganiser } from "../authorise";
import { recordIdSchema } from "../registrations/registration-schemas";

/** A session's resources page: the session, and every resource in order, whoever it is for. */
export async function getSessionResources(db: PrismaClient, actor: CurrentUser, sessionId: unknown) {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(sessionId);
  if (!id.success) return null;
  const session = await db.session.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      slug: true,
      title: true,
      titleCy: true,
      status: true,
      startsAt: true,
      endsAt: true,
      event: { select: { id: true, title: true, timeZone: true, status: true } },
      resources: { orderBy: resourceOrder, select: { id: true, kind: true, title: true, titleCy: true, url: true, visibility: true, position: true } },
    },
  });
  if (!session) return null;
  const { resources, ...rest } = session;
  // A link written round the form (a script, psql) that fails the rule is flagged here: the public page leaves it out.
  return { session: rest, resources: resources.map((resource) => ({ ...resource, domain: isHttpsLink(resource.url) ? linkDomain(resource.url) : null })) };
}

export type SessionResources = NonNullable<Awaited<ReturnType<typeof getSessionResources>>>;
