import type { CurrentUser } from "../../auth/current-user";
import type { AccessNeed } from "../../generated/prisma/enums";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";

/**
 * What the people booked on a session (confirmed or waiting) need to take
 * part: a count for each need, and who needs what, so an interpreter or an
 * adjustment can be arranged. Organisers only; cancelled bookings are left out.
 */
export async function getSessionAccessNeeds(db: PrismaClient, actor: CurrentUser, sessionId: string) {
  assertOrganiser(actor);
  const requests = await db.accessRequest.findMany({
    where: { registration: { sessionId, status: { not: "CANCELLED" } } },
    orderBy: { registration: { user: { name: "asc" } } },
    select: { needs: true, other: true, updatedAt: true, registration: { select: { id: true, status: true, user: { select: { name: true, email: true } } } } },
  });
  const counts = new Map<AccessNeed, number>();
  for (const request of requests) for (const need of request.needs) counts.set(need, (counts.get(need) ?? 0) + 1);
  return {
    counts: [...counts.entries()].map(([need, count]) => ({ need, count })),
    people: requests.map((request) => ({
      registrationId: request.registration.id,
      status: request.registration.status,
      name: request.registration.user.name,
      email: request.registration.user.email,
      needs: request.needs,
      other: request.other,
      updatedAt: request.updatedAt,
    })),
  };
}

export type SessionAccessNeeds = Awaited<ReturnType<typeof getSessionAccessNeeds>>;
