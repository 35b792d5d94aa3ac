import { queueMessageDeliveries } from "../jobs/organiser-message-jobs";
import type { PrismaClient } from "../prisma-client";
import { audienceUsers } from "./message-audience";

/**
 * At a message's time: lists its recipients as the audience is then, one row
 * each (unique per person, so a dispatch run twice adds no one twice), queues
 * their deliveries and marks it sent, all in one transaction under the
 * message's row lock. A cancelled message, or one already sent, is left alone.
 * Returns the number of deliveries queued.
 */
export async function dispatchMessage(db: PrismaClient, messageId: string, now = new Date()): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<Array<{ status: string }>>`SELECT status::text FROM "OrganiserMessage" WHERE id = ${messageId} FOR UPDATE`;
      if (locked?.status !== "SCHEDULED") return 0;
      const message = await tx.organiserMessage.findUniqueOrThrow({ where: { id: messageId }, select: { eventId: true, sessionId: true, audience: true } });
      const people = await tx.user.findMany({
        where: audienceUsers({ eventId: message.eventId, sessionId: message.sessionId }, message.audience, now),
        select: { id: true },
      });
      await tx.messageRecipient.createMany({ data: people.map((person) => ({ messageId, userId: person.id })), skipDuplicates: true });
      const queued = await queueMessageDeliveries(tx, messageId);
      await tx.organiserMessage.update({ where: { id: messageId }, data: { status: "SENT", sentAt: now } });
      return queued;
    },
    { timeout: 60_000 },
  );
}
