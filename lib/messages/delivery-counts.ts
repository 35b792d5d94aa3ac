import type { PrismaClient } from "../prisma-client";

export type DeliveryCounts = { queued: number; sent: number; failed: number };

/** For each message, how many of its emails are waiting, were delivered to the mail server, or failed every attempt. */
export async function deliveryCounts(db: PrismaClient, messageIds: string[]): Promise<Map<string, DeliveryCounts>> {
  const counts = new Map<string, DeliveryCounts>();
  if (messageIds.length === 0) return counts;
  const groups = await db.messageRecipient.groupBy({ by: ["messageId", "status"], where: { messageId: { in: messageIds } }, _count: { _all: true } });
  for (const group of groups) {
    const entry = counts.get(group.messageId) ?? { queued: 0, sent: 0, failed: 0 };
    if (group.status === "QUEUED") entry.queued = group._count._all;
    else if (group.status === "SENT") entry.sent = group._count._all;
    else entry.failed = group._count._all;
    counts.set(group.messageId, entry);
  }
  return counts;
}
