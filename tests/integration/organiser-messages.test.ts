import type { Task } from "graphile-worker";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { deliverOrganiserMessageTask } from "@/lib/jobs/deliver-organiser-message-task";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue";
import { dispatchMessage } from "@/lib/messages/dispatch-message";
import { getMessageDetail } from "@/lib/messages/get-message";
import { getSessionMessagesPage } from "@/lib/messages/get-messages-page";
import { listMessages } from "@/lib/messages/list-messages";
import { listMyMessages } from "@/lib/messages/list-my-messages";
import { saveMessageDraft } from "@/lib/messages/save-message-draft";
import { cancelScheduledMessage, discardMessageDraft, sendMessage } from "@/lib/messages/send-message";
import { exportMyData } from "@/lib/privacy/export-my-data";
import { createEmailFixture, type EmailFixture } from "@/tests/helpers/email-fixtures";
import { discardQueuedJobs, queuedJobs, sendQueuedEmails } from "@/tests/helpers/job-queue";
import { startSmtpTestServer, type SmtpTestServer } from "@/tests/helpers/smtp-test-server";

// Organisers' messages (issue 15): written and previewed as a draft, sent now
// or at a time through the job queue, once per person, in each person's
// language, plain text only, counted delivered and failed.

// The fixture's week is in June 2030; "now" in these tests is a day in it.
const now = new Date("2030-06-18T12:00:00Z");
const ended = new Date("2030-06-17T09:00:00Z"); // a session of the day before
const coming = new Date("2030-06-20T09:00:00Z");

let smtp: SmtpTestServer;
let fixture: EmailFixture;
let organiser: CurrentUser;
const smtpUrlBefore = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  fixture = await createEmailFixture(prisma);
  const made = await fixture.person("Olwen Organiser");
  organiser = (await prisma.user.update({
    where: { id: made.id },
    data: { role: "ORGANISER" },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  })) as unknown as CurrentUser;
});

afterAll(async () => {
  await prisma.auditEntry.deleteMany({ where: { actorId: organiser.id } });
  await fixture?.remove();
  await smtp?.close();
  if (smtpUrlBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrlBefore;
});

beforeEach(async () => {
  await discardQueuedJobs();
  smtp.received.length = 0;
});

/**
 * What this file's people received. Other test files share the database, and
 * running the due jobs here may also send their emails to this file's server.
 */
const ours = () => smtp.received.filter((email) => email.recipients.every((address) => address.endsWith(`-${fixture.suffix}@example.test`)));

/**
 * The queued jobs of organisers' messages. Other test files share the
 * database and queue their own emails meanwhile, so only these are compared.
 */
const jobsOfMessages = async () => (await queuedJobs()).filter((job) => job.task.endsWith("-organiser-message")).map((job) => [job.task, job.payload]);

const form = (extra: Record<string, string>) => ({
  audience: "EVERYONE",
  subject: "A changed link",
  body: "The new link is https://meet.example.test/new.",
  when: "now",
  ...extra,
});

/** A session that has ended with one attendee, one absentee, one on the waiting list and one who cancelled. */
async function endedSession(name: string) {
  const session = await fixture.session({ name, startsAt: ended, capacity: 2 });
  const [attended, absent, waiting, gone] = [
    await fixture.person(`Aled-${name}`, "WELSH"),
    await fixture.person(`Beth-${name}`, "BILINGUAL"),
    await fixture.person(`Cerys-${name}`),
    await fixture.person(`Dai-${name}`),
  ];
  await prisma.registration.create({ data: { sessionId: session.id, userId: attended.id, status: "CONFIRMED", attendance: "ATTENDED" } });
  await prisma.registration.create({ data: { sessionId: session.id, userId: absent.id, status: "CONFIRMED", attendance: "ABSENT" } });
  await prisma.registration.create({ data: { sessionId: session.id, userId: waiting.id, status: "WAITLISTED", waitlistPosition: 1 } });
  await prisma.registration.create({ data: { sessionId: session.id, userId: gone.id, status: "CANCELLED", cancelledAt: ended } });
  return { session, attended, absent, waiting, gone };
}

describe("writing a message", () => {
  it("checks the form field by field and saves nothing when it is wrong", async () => {
    const { session } = await endedSession("form");
    const before = await prisma.organiserMessage.count();
    expect(await saveMessageDraft(prisma, organiser, { sessionId: session.id, audience: "SOMEONE", subject: "", body: " ", when: "" }, now)).toEqual({
      ok: false,
      fieldErrors: { audience: "audienceRequired", subject: "subjectRequired", body: "bodyRequired", when: "whenRequired" },
    });
    expect(await saveMessageDraft(prisma, organiser, form({ sessionId: session.id, subject: "Two\tcolumns", subjectCy: "Pwnc heb neges" }), now)).toEqual({
      ok: false,
      fieldErrors: { subject: "controlCharacters", bodyCy: "welshBodyMissing" },
    });
    expect(await saveMessageDraft(prisma, organiser, form({ sessionId: session.id, subject: "x".repeat(151), body: "y".repeat(5001) }), now)).toEqual({
      ok: false,
      fieldErrors: { subject: "subjectTooLong", body: "bodyTooLong" },
    });
    expect(await saveMessageDraft(prisma, organiser, form({ sessionId: session.id, when: "later", sendOn: "2030-02-30", sendTime: "25:00" }), now)).toEqual({
      ok: false,
      fieldErrors: { sendOn: "sendOnInvalid", sendTime: "sendTimeInvalid" },
    });
    expect(await saveMessageDraft(prisma, organiser, form({ sessionId: session.id, when: "later", sendOn: "2030-06-18", sendTime: "12:30" }), now)).toEqual({
      ok: false,
      fieldErrors: { sendOn: "sendAtPast" },
    });
    // 01:30 on the last Sunday of March does not happen in London.
    expect(await saveMessageDraft(prisma, organiser, form({ sessionId: session.id, when: "later", sendOn: "2031-03-30", sendTime: "01:30" }), now)).toEqual({
      ok: false,
      fieldErrors: { sendTime: "sendTimeSkipped" },
    });
    expect(await saveMessageDraft(prisma, organiser, form({ sessionId: "nosuchsession" }), now)).toEqual({ ok: false, refusal: "notFound" });
    expect(await saveMessageDraft(prisma, organiser, form({}), now)).toEqual({ ok: false, refusal: "notFound" });
    expect(await prisma.organiserMessage.count()).toBe(before);
  });

  it("is for organisers only", async () => {
    const { session, attended } = await endedSession("rights");
    const attendee = { ...attended, role: "ATTENDEE" } as unknown as CurrentUser;
    await expect(saveMessageDraft(prisma, attendee, form({ sessionId: session.id }), now)).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(sendMessage(prisma, attendee, { messageId: "x" }, now)).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(listMessages(prisma, attendee, { eventId: session.eventId, sessionId: session.id })).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(getMessageDetail(prisma, attendee, "x", now)).rejects.toBeInstanceOf(NotOrganiserError);
  });
});

describe("who a message goes to", () => {
  it("counts each group of a session, and a week's people once however many sessions they booked", async () => {
    const { session, attended, absent, waiting } = await endedSession("groups");
    const page = await getSessionMessagesPage(prisma, organiser, session.id, undefined, now);
    expect(page?.audienceCounts).toEqual({ EVERYONE: 3, CONFIRMED: 2, WAITLISTED: 1, ATTENDED: 1, NOT_ATTENDED: 1 });

    // Aled also has a place in a session still to come: the week's "everyone" has him once.
    const later = await fixture.session({ name: "groups-later", startsAt: coming });
    await fixture.register(later.id, attended.id, "CONFIRMED");
    const draft = await saveMessageDraft(prisma, organiser, form({ eventId: fixture.event.id, audience: "EVERYONE" }), now);
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    const detail = await getMessageDetail(prisma, organiser, draft.messageId, now);
    const emails = new Set(detail?.firstRecipients.map((person) => person.email));
    for (const person of [attended, absent, waiting]) expect(emails.has(person.email)).toBe(true);
    expect(detail?.firstRecipients.filter((person) => person.email === attended.email)).toHaveLength(1);
    // Not attended is about sessions that have ended: the place still to come does not count.
    const notAttended = await saveMessageDraft(prisma, organiser, form({ sessionId: later.id, audience: "NOT_ATTENDED" }), now);
    if (!notAttended.ok) throw new Error(JSON.stringify(notAttended));
    expect((await getMessageDetail(prisma, organiser, notAttended.messageId, now))?.recipientCount).toBe(0);
    expect(await sendMessage(prisma, organiser, { messageId: notAttended.messageId, englishOnly: "on" }, now)).toEqual({ ok: false, refusal: "noRecipients" });
  });
});

describe("sending a message", () => {
  it("asks to confirm English only, then emails each person once in their language, on their account too", async () => {
    const { session, attended, absent, waiting, gone } = await endedSession("send");
    const englishOnly = await saveMessageDraft(prisma, organiser, form({ sessionId: session.id }), now);
    if (!englishOnly.ok) throw new Error(JSON.stringify(englishOnly));
    expect(await sendMessage(prisma, organiser, { messageId: englishOnly.messageId }, now)).toEqual({
      ok: false,
      fieldErrors: { englishOnly: "englishOnlyUnconfirmed" },
    });
    expect(await discardMessageDraft(prisma, organiser, englishOnly.messageId)).toMatchObject({ ok: true });

    const draft = await saveMessageDraft(
      prisma,
      organiser,
      form({
        sessionId: session.id,
        subject: "The recording is up",
        body: "Watch it at https://video.example.test/r1 <script>alert(1)</script>",
        subjectCy: "Mae’r recordiad ar gael",
        bodyCy: "Gwyliwch ef yn https://video.example.test/r1",
      }),
      now,
    );
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    const sent = await sendMessage(prisma, organiser, { messageId: draft.messageId }, now);
    expect(sent).toMatchObject({ ok: true, scheduled: false, recipients: 3 });
    // Confirmed twice (two tabs, a double click): sent once.
    expect(await sendMessage(prisma, organiser, { messageId: draft.messageId }, now)).toEqual({ ok: false, refusal: "notDraft" });
    expect(ours()).toHaveLength(0); // nothing leaves inside the request

    // The dispatch job waits for the message's time (this test's "now", in 2030); run what it runs.
    expect(await jobsOfMessages()).toEqual([["dispatch-organiser-message", { messageId: draft.messageId }]]);
    expect(await dispatchMessage(prisma, draft.messageId, now)).toBe(3);
    await sendQueuedEmails(); // the delivery jobs
    const byPerson = new Map(ours().map((email) => [email.recipients[0], email.mail]));
    expect(ours()).toHaveLength(3);
    expect(byPerson.has(gone.email)).toBe(false);
    expect(byPerson.get(attended.email)?.subject).toBe("Mae’r recordiad ar gael");
    expect(byPerson.get(attended.email)?.text).toContain("Gwyliwch ef yn https://video.example.test/r1");
    expect(byPerson.get(attended.email)?.text).not.toContain("Watch it at");
    expect(byPerson.get(absent.email)?.subject).toBe("Mae’r recordiad ar gael / The recording is up");
    expect(byPerson.get(absent.email)?.text?.indexOf("Gwyliwch")).toBeLessThan(byPerson.get(absent.email)?.text?.indexOf("Watch it") ?? -1);
    const english = byPerson.get(waiting.email);
    expect(english?.subject).toBe("The recording is up");
    // Plain text only: what the organiser typed arrives as typed, with no HTML part.
    expect(english?.text).toContain("<script>alert(1)</script>");
    expect(english?.html).toBe(false);
    expect(english?.text).toContain("You have it because you have a place or are on the waiting list.");
    expect(english?.text).toContain(`${siteUrl()}/account/messages`);

    const recipients = await prisma.messageRecipient.findMany({ where: { messageId: draft.messageId } });
    expect(recipients.map((recipient) => [recipient.status, recipient.attempts])).toEqual([
      ["SENT", 1],
      ["SENT", 1],
      ["SENT", 1],
    ]);
    // A dispatch run again (a retried job) adds no one and sends nothing.
    expect(await dispatchMessage(prisma, draft.messageId, now)).toBe(0);
    expect(await prisma.messageRecipient.count({ where: { messageId: draft.messageId } })).toBe(3);

    const mine = await listMyMessages(prisma, attended.id);
    expect(mine.messages.map((item) => item.message.subjectCy)).toEqual(["Mae’r recordiad ar gael"]);
    expect((await listMyMessages(prisma, gone.id)).total).toBe(0);
    // In the person's data download, and gone with their account.
    expect((await exportMyData(prisma, attended.id, now)).messagesReceived).toEqual([
      expect.objectContaining({
        status: "SENT",
        subject: "The recording is up",
        subjectCy: "Mae’r recordiad ar gael",
        session: { id: session.id, title: session.title },
      }),
    ]);
    const [listed] = await listMessages(prisma, organiser, { eventId: fixture.event.id, sessionId: session.id });
    expect(listed).toMatchObject({ status: "SENT", welsh: true, delivery: { sent: 3, failed: 0, queued: 0 } });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityType: "message", entityId: draft.messageId } });
    expect(audit).toMatchObject({ action: "message.send", actorId: organiser.id, summary: "The recording is up" });
  });

  it("schedules a message for its time, lists the audience then, and can cancel it before", async () => {
    const { session, waiting } = await endedSession("schedule");
    const draft = await saveMessageDraft(
      prisma,
      organiser,
      form({ sessionId: session.id, audience: "WAITLISTED", when: "later", sendOn: "2030-06-19", sendTime: "08:30" }),
      now,
    );
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    // 08:30 in British Summer Time is 07:30 UTC.
    expect(await sendMessage(prisma, organiser, { messageId: draft.messageId, englishOnly: "on" }, now)).toMatchObject({
      ok: true,
      scheduled: true,
      sendAt: new Date("2030-06-19T07:30:00Z"),
    });
    const jobs = await prisma.$queryRawUnsafe<Array<{ run_at: Date; key: string }>>(
      `SELECT run_at, key FROM ${JOB_QUEUE_SCHEMA}._private_jobs WHERE key = $1`,
      `message-${draft.messageId}`,
    );
    expect(jobs).toEqual([{ run_at: new Date("2030-06-19T07:30:00Z"), key: `message-${draft.messageId}` }]);
    expect(await cancelScheduledMessage(prisma, organiser, draft.messageId, now)).toMatchObject({ ok: true });
    expect(await jobsOfMessages()).toEqual([]);
    expect(await cancelScheduledMessage(prisma, organiser, draft.messageId, now)).toEqual({ ok: false, refusal: "notScheduled" });
    // Even if its job had run, a cancelled message sends nothing.
    expect(await dispatchMessage(prisma, draft.messageId, now)).toBe(0);
    expect(await prisma.messageRecipient.count({ where: { userId: waiting.id } })).toBe(0);
  });

  it("records a failed attempt for a retry, and FAILED after the last", async () => {
    const { session, waiting } = await endedSession("fail");
    const draft = await saveMessageDraft(prisma, organiser, form({ sessionId: session.id, audience: "WAITLISTED" }), now);
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    await sendMessage(prisma, organiser, { messageId: draft.messageId, englishOnly: "on" }, now);
    await dispatchMessage(prisma, draft.messageId, now);
    const recipient = await prisma.messageRecipient.findFirstOrThrow({ where: { messageId: draft.messageId, userId: waiting.id } });
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens there
    const task = deliverOrganiserMessageTask({ db: prisma, siteUrl: siteUrl() });
    const helpers = (attempts: number) =>
      ({ job: { id: "1", attempts, max_attempts: 8 }, logger: { error() {}, info() {} } }) as unknown as Parameters<Task>[1];
    try {
      await expect(task({ recipientId: recipient.id }, helpers(1))).rejects.toThrow();
      expect(await prisma.messageRecipient.findUniqueOrThrow({ where: { id: recipient.id } })).toMatchObject({
        status: "QUEUED",
        attempts: 1,
        lastError: expect.any(String),
      });
      await expect(task({ recipientId: recipient.id }, helpers(8))).rejects.toThrow();
      expect(await prisma.messageRecipient.findUniqueOrThrow({ where: { id: recipient.id } })).toMatchObject({ status: "FAILED", attempts: 2 });
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
    const [listed] = await listMessages(prisma, organiser, { eventId: fixture.event.id, sessionId: session.id });
    expect(listed?.delivery).toEqual({ sent: 0, failed: 1, queued: 0 });
    // A person's copies go with their account; the message stays for the others.
    await prisma.user.delete({ where: { id: waiting.id } });
    expect(await prisma.messageRecipient.count({ where: { messageId: draft.messageId } })).toBe(0);
    expect(await prisma.organiserMessage.count({ where: { id: draft.messageId } })).toBe(1);
  });
});
