import type { PrismaClient } from "../../prisma-client";

/** What the caller said they need for one of their own bookings (the user id is in the where clause), or null. */
export async function getMyAccessRequest(db: PrismaClient, userId: string, registrationId: string) {
  return db.accessRequest.findFirst({ where: { registrationId, registration: { userId } }, select: { needs: true, other: true } });
}
