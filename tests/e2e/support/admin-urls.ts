// Concrete URLs for the admin area's dynamic routes, with ids from the e2e database.
import { demoSlugs } from "../../../prisma/seed/social-work-week-2025";
import { queryE2eDatabase } from "./database";

/** Real ids for the dynamic parts of admin URLs, read from the seeded database. */
export async function sampleParams(): Promise<Record<string, string>> {
  const [row] = await queryE2eDatabase<Record<string, string>>(
    `SELECT s.id AS "sessionId", s."eventId" AS "eventId",
            (SELECT id FROM "Theme" WHERE "eventId" = s."eventId" ORDER BY position LIMIT 1) AS "themeId",
            (SELECT "speakerId" FROM "SessionSpeaker" WHERE "sessionId" = s.id ORDER BY position LIMIT 1) AS "speakerId",
            (SELECT id FROM "Registration" WHERE "sessionId" = s.id ORDER BY "createdAt" LIMIT 1) AS "registrationId",
            (SELECT id FROM "User" WHERE role = 'ORGANISER' ORDER BY "createdAt" LIMIT 1) AS "userId",
            (SELECT id FROM "ObservationOpportunity" ORDER BY "createdAt", id LIMIT 1) AS "opportunityId",
            (SELECT id FROM "OrganiserMessage" ORDER BY "createdAt", id LIMIT 1) AS "messageId"
       FROM "Session" s WHERE s.slug = $1`,
    [demoSlugs.fullWorkshop],
  );
  if (!row) throw new Error("The seeded workshop is missing from the e2e database");
  return row;
}

export function concreteUrl(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\/\([^)]+\)/g, "").replace(/\[([^\]]+)\]/g, (_match, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`No sample value for [${name}] in ${pattern}: add it to sampleParams()`);
    return value;
  });
}
