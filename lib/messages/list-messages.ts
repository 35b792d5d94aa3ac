import { assertOrganiser } from "../admin/authorise";
import type { CurrentUser } from "../auth/current-user";
import type { PrismaClient } from "../prisma-client";
import { deliveryCounts, type DeliveryCounts } from "./delivery-counts";
import type { MessageScope } from "./message-audience";

export type MessageListItem = {
  id: string;
  subject: string;
  audience: string;
  status: "DRAFT" | "SCHEDULED" | "SENT" | "CANCELLED";
  sendAt: Date | null;
  sentAt: Date | null;
  createdAt: Date;
  welsh: boolean;
  author: string | null;
  delivery: DeliveryCounts;
};

/** The messages of one session, or those to a whole week (sessionId null), newest first, with their delivery counts. */
export async function listMessages(db: PrismaClient, actor: CurrentUser, scope: MessageScope): Promise<MessageListItem[]> {
  assertOrganiser(actor);
  const messages = await db.organiserMessage.findMany({
    where: { eventId: scope.eventId, sessionId: scope.sessionId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      subject: true,
      audience: true,
      status: true,
      sendAt: true,
      sentAt: true,
      createdAt: true,
      bodyCy: true,
      createdBy: { select: { name: true } },
    },
  });
  const counts = await deliveryCounts(
    db,
    messages.filter((message) => message.status === "SENT").map((message) => message.id),
  );
  return messages.map(({ bodyCy, createdBy, ...message }) => ({
    ...message,
    welsh: Boolean(bodyCy),
    author: createdBy?.name ?? null,
    delivery: counts.get(message.id) ?? { queued: 0, sent: 0, failed: 0 },
  }));
}
