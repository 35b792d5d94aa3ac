import "server-only";
import type { PrismaClient } from "../prisma-client";
import { getCurrentEvent } from "../programme/get-current-event";

/** Who runs the site, for the privacy notice and accessibility statement: the current week's organiser, if there is a week. */
export async function siteOrganiserName(db: PrismaClient): Promise<string | null> {
  const event = await getCurrentEvent(db);
  return event?.organiserName.trim() || null;
}
