import type { CurrentUser } from "../../auth/current-user";
import type { Prisma } from "../../generated/prisma/client";
import { assertOrganiser } from "../authorise";
import { findMissingWelsh, type WelshGap } from "./missing-welsh";

/**
 * What of a week still lacks Welsh (see missing-welsh.ts), or null if there is
 * no such week: for the dashboard, and inside the transaction that publishes
 * the week (set-event-status.ts), so the check and the publishing see the same rows.
 */
export async function listMissingWelsh(db: Prisma.TransactionClient, actor: CurrentUser, eventId: string): Promise<WelshGap[] | null> {
  assertOrganiser(actor);
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      titleCy: true,
      summary: true,
      summaryCy: true,
      description: true,
      descriptionCy: true,
      organiserName: true,
      organiserNameCy: true,
      audienceNote: true,
      audienceNoteCy: true,
    },
  });
  if (!event) return null;
  const themes = await db.theme.findMany({
    where: { eventId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, nameCy: true, summary: true, summaryCy: true },
  });
  // Drafts and cancelled sessions too: a draft is published one day, and a cancelled session's page stays up.
  const sessions = await db.session.findMany({
    where: { eventId },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      titleCy: true,
      summary: true,
      summaryCy: true,
      description: true,
      descriptionCy: true,
      format: true,
      venue: true,
      venueCy: true,
    },
  });
  const speakers = await db.speaker.findMany({
    where: { sessions: { some: { session: { eventId } } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true, roleCy: true, organisation: true, organisationCy: true, bio: true, bioCy: true },
  });
  const resources = await db.sessionResource.findMany({
    where: { session: { eventId } },
    orderBy: [{ session: { startsAt: "asc" } }, { sessionId: "asc" }, { position: "asc" }, { id: "asc" }],
    select: { id: true, sessionId: true, title: true, titleCy: true },
  });
  return findMissingWelsh({ event, themes, sessions, speakers, resources });
}
