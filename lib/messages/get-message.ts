import { assertOrganiser } from "../admin/authorise";
import { recordIdSchema } from "../admin/registrations/registration-schemas";
import type { CurrentUser } from "../auth/current-user";
import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { deliveryCounts, type DeliveryCounts } from "./delivery-counts";
import { audienceUsers } from "./message-audience";

/** How many of the first recipients a preview names. */
export const PREVIEW_NAMES = 10;

export const messageForAdminSelect = {
  id: true,
  eventId: true,
  sessionId: true,
  audience: true,
  subject: true,
  body: true,
  subjectCy: true,
  bodyCy: true,
  status: true,
  sendAt: true,
  sentAt: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  event: { select: { id: true, title: true, titleCy: true, timeZone: true } },
  session: { select: { id: true, title: true, titleCy: true, startsAt: true, endsAt: true } },
} satisfies Prisma.OrganiserMessageSelect;

export type MessageForAdmin = Prisma.OrganiserMessageGetPayload<{ select: typeof messageForAdminSelect }>;

export type MessageDetail = {
  message: MessageForAdmin;
  /** Who it goes to now (a draft or a scheduled message), or went to (a sent one). */
  recipientCount: number;
  /** The first of them by name, for the organiser to check the audience is the one meant. */
  firstRecipients: { name: string; email: string }[];
  /** Of them, those who chose Welsh or both languages for correspondence. */
  welshReaders: number;
  /** Whether the week has Welsh: then a message without a Welsh version asks for confirmation. */
  weekHasWelsh: boolean;
  delivery: DeliveryCounts;
};

/** A message as its preview or its record shows it: the recipients are counted now, or were listed when it was sent. */
export async function getMessageDetail(db: PrismaClient, actor: CurrentUser, messageId: string, now = new Date()): Promise<MessageDetail | null> {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(messageId);
  if (!id.success) return null;
  const message = await db.organiserMessage.findUnique({ where: { id: id.data }, select: messageForAdminSelect });
  if (!message) return null;
  const who: Prisma.UserWhereInput =
    message.status === "SENT"
      ? { messagesReceived: { some: { messageId: message.id } } }
      : audienceUsers({ eventId: message.eventId, sessionId: message.sessionId }, message.audience, now);
  const [recipientCount, firstRecipients, welshReaders, delivery] = await Promise.all([
    db.user.count({ where: who }),
    db.user.findMany({ where: who, select: { name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }], take: PREVIEW_NAMES }),
    db.user.count({ where: { AND: [who, { language: { not: "ENGLISH" } }] } }),
    deliveryCounts(db, [message.id]).then((counts) => counts.get(message.id) ?? { queued: 0, sent: 0, failed: 0 }),
  ]);
  return { message, recipientCount, firstRecipients, welshReaders, weekHasWelsh: Boolean(message.event.titleCy), delivery };
}
