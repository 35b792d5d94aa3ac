import { assertOrganiser } from "../admin/authorise";
import { recordIdSchema } from "../admin/registrations/registration-schemas";
import { sessionHeaderSelect, type SessionHeader } from "../admin/registrations/session-header";
import { utcToLocal } from "../admin/sessions/session-time";
import type { CurrentUser } from "../auth/current-user";
import type { PrismaClient } from "../prisma-client";
import { listMessages, type MessageListItem } from "./list-messages";
import { audienceUsers, type MessageScope } from "./message-audience";
import { MESSAGE_AUDIENCES, type MessageAudienceKey } from "./message-limits";

export type DraftValues = {
  messageId: string;
  audience: string;
  subject: string;
  body: string;
  subjectCy: string;
  bodyCy: string;
  when: string;
  sendOn: string;
  sendTime: string;
};

export type MessagesPage = {
  scope: MessageScope;
  timeZone: string;
  messages: MessageListItem[];
  audienceCounts: Record<MessageAudienceKey, number>;
  /** The draft being changed (?draft=), or an empty form. */
  draft: DraftValues;
};

const EMPTY_DRAFT: DraftValues = { messageId: "", audience: "", subject: "", body: "", subjectCy: "", bodyCy: "", when: "now", sendOn: "", sendTime: "" };

/** A session's messages page: its header, its messages, how many people each group has now, and the form. */
export async function getSessionMessagesPage(
  db: PrismaClient,
  actor: CurrentUser,
  sessionId: string,
  draftId: string | undefined,
  now = new Date(),
): Promise<(MessagesPage & { session: SessionHeader }) | null> {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(sessionId);
  if (!id.success) return null;
  const session = await db.session.findUnique({ where: { id: id.data }, select: sessionHeaderSelect });
  if (!session) return null;
  const page = await messagesPage(db, actor, { eventId: session.event.id, sessionId: session.id }, session.event.timeZone, draftId, now);
  return { ...page, session };
}

/** A week's messages page (messages to the people of all its sessions). */
export async function getWeekMessagesPage(db: PrismaClient, actor: CurrentUser, eventId: string, draftId: string | undefined, now = new Date()) {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(eventId);
  if (!id.success) return null;
  const event = await db.event.findUnique({
    where: { id: id.data },
    select: { id: true, title: true, titleCy: true, timeZone: true, startDate: true, endDate: true },
  });
  if (!event) return null;
  const page = await messagesPage(db, actor, { eventId: event.id, sessionId: null }, event.timeZone, draftId, now);
  return { ...page, event };
}

async function messagesPage(
  db: PrismaClient,
  actor: CurrentUser,
  scope: MessageScope,
  timeZone: string,
  draftId: string | undefined,
  now: Date,
): Promise<MessagesPage> {
  const counts = await Promise.all(MESSAGE_AUDIENCES.map((audience) => db.user.count({ where: audienceUsers(scope, audience, now) })));
  const audienceCounts = Object.fromEntries(MESSAGE_AUDIENCES.map((audience, index) => [audience, counts[index] ?? 0])) as Record<MessageAudienceKey, number>;
  const [messages, draft] = await Promise.all([listMessages(db, actor, scope), draftValues(db, scope, timeZone, draftId)]);
  return { scope, timeZone, messages, audienceCounts, draft };
}

async function draftValues(db: PrismaClient, scope: MessageScope, timeZone: string, draftId: string | undefined): Promise<DraftValues> {
  const id = recordIdSchema.safeParse(draftId);
  if (!id.success) return EMPTY_DRAFT;
  const draft = await db.organiserMessage.findFirst({ where: { id: id.data, status: "DRAFT", eventId: scope.eventId, sessionId: scope.sessionId } });
  if (!draft) return EMPTY_DRAFT;
  const local = draft.sendAt ? utcToLocal(draft.sendAt, timeZone) : null;
  return {
    messageId: draft.id,
    audience: draft.audience,
    subject: draft.subject,
    body: draft.body,
    subjectCy: draft.subjectCy ?? "",
    bodyCy: draft.bodyCy ?? "",
    when: local ? "later" : "now",
    sendOn: local?.date ?? "",
    sendTime: local?.time ?? "",
  };
}
