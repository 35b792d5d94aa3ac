import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";

export const myMessageSelect = {
  id: true,
  createdAt: true,
  message: {
    select: {
      subject: true,
      body: true,
      subjectCy: true,
      bodyCy: true,
      sentAt: true,
      event: { select: { title: true, titleCy: true, organiserName: true, organiserNameCy: true, timeZone: true } },
      session: { select: { title: true, titleCy: true, slug: true } },
    },
  },
} satisfies Prisma.MessageRecipientSelect;

export type MyMessage = Prisma.MessageRecipientGetPayload<{ select: typeof myMessageSelect }>;

/** The organisers' messages a person was sent, newest first (whether or not the email reached them). */
export async function listMyMessages(db: PrismaClient, userId: string, options: { take?: number } = {}): Promise<{ messages: MyMessage[]; total: number }> {
  const where = { userId } satisfies Prisma.MessageRecipientWhereInput;
  const [messages, total] = await Promise.all([
    db.messageRecipient.findMany({ where, orderBy: { createdAt: "desc" }, take: options.take ?? 100, select: myMessageSelect }),
    db.messageRecipient.count({ where }),
  ]);
  return { messages, total };
}
