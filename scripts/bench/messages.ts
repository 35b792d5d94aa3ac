// One organiser's message to 2,000 people: the time to send it (the
// organiser's click, then the dispatch job listing the recipients and queueing
// one delivery each), the time for the job worker to deliver every email to a
// local SMTP server, the worker's memory, and how long a booking confirmation
// queued in the middle waited (deliveries have a lower priority). Runs in the
// benchmark's own process on a database of its own, so that the site's own
// worker (which writes to the outbox) takes none of the jobs.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { installJobQueue } from "../../lib/jobs/job-queue";
import { DEFAULT_JOB_CONCURRENCY, startJobWorker, type JobWorker } from "../../lib/jobs/job-worker";
import { dispatchMessage } from "../../lib/messages/dispatch-message";
import { saveMessageDraft } from "../../lib/messages/save-message-draft";
import { sendMessage } from "../../lib/messages/send-message";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client";
import { registerForSession } from "../../lib/registration/register-for-session";
import { createTestDatabase } from "../support/fresh-database";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "./types";

export const MESSAGE_SETTINGS = {
  recipients: 2_000,
  /** The confirmation is booked once this many emails of the message have gone. */
  confirmationAfter: 200,
  /** Longest wait for every email to arrive. */
  deliveryTimeoutMs: 10 * 60_000,
};

export const messagesScenario: Scenario = {
  name: "messages",
  aliases: ["message"],
  requiredRoutes: [],
  run: runMessages,
};

const MB = 1024 * 1024;

type Inbox = { url: string; recipients: string[]; close(): Promise<void> };

/** A local SMTP server that only counts: each message is read to the end and its recipients kept. */
async function startInbox(): Promise<Inbox> {
  const recipients: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        recipients.push(...session.envelope.rcptTo.map((recipient) => recipient.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, recipients, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function createAudience(db: PrismaClient, people: number) {
  const start = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const event = await db.event.create({
    data: {
      slug: `bench-messages-${Date.now()}`,
      title: "Messages bench week",
      summary: "s",
      startDate: start,
      endDate: start,
      organiserName: "Bench",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  const session = (slug: string) =>
    db.session.create({
      data: {
        eventId: event.id,
        slug,
        title: slug,
        summary: "s",
        description: "d",
        startsAt: start,
        endsAt: new Date(start.getTime() + 3_600_000),
        format: "ONLINE",
        status: "PUBLISHED",
      },
    });
  const [big, other] = [await session(`bench-messages-big-${event.id}`), await session(`bench-messages-other-${event.id}`)];
  await db.user.createMany({
    data: Array.from({ length: people }, (_, index) => ({
      email: `bench-reader-${index}@example.test`,
      name: `Reader ${index}`,
      language: index % 3 === 0 ? ("BILINGUAL" as const) : ("ENGLISH" as const),
    })),
  });
  const users = await db.user.findMany({ where: { email: { startsWith: "bench-reader-" } }, select: { id: true } });
  await db.registration.createMany({ data: users.map((user) => ({ sessionId: big.id, userId: user.id, status: "CONFIRMED" as const })) });
  const organiser = await db.user.create({ data: { email: "bench-organiser@example.test", name: "Bench Organiser", role: "ORGANISER" } });
  const booker = await db.user.create({ data: { email: "bench-booker@example.test", name: "Bench Booker" } });
  return { big, other, organiser: { ...organiser, sessionVersion: organiser.sessionVersion } as never, booker };
}

async function runMessages(context: BenchContext): Promise<ScenarioResult> {
  const { recipients: people, confirmationAfter, deliveryTimeoutMs } = MESSAGE_SETTINGS;
  const { say, signal } = context;
  say("Creating a database of its own…");
  const database = await createTestDatabase();
  await installJobQueue(database.url);
  const db = createPrismaClient(database.url, { max: 4 });
  const inbox = await startInbox();
  const smtpBefore = process.env.SMTP_URL;
  process.env.SMTP_URL = inbox.url;
  let worker: JobWorker | undefined;
  try {
    say(`Inserting ${people} people with a place on one session…`);
    const { big, other, organiser, booker } = await createAudience(db, people);

    say("Writing and sending the message…");
    const draft = await saveMessageDraft(db, organiser, {
      sessionId: big.id,
      audience: "CONFIRMED",
      subject: "The joining link has changed",
      body: "Use https://meet.example.test/new from now on.",
      subjectCy: "Mae’r ddolen ymuno wedi newid",
      bodyCy: "Defnyddiwch https://meet.example.test/new o hyn ymlaen.",
      when: "now",
    });
    if (!draft.ok) throw new Error(`The message was refused: ${JSON.stringify(draft)}`);
    let started = performance.now();
    const sent = await sendMessage(db, organiser, { messageId: draft.messageId });
    const clickMs = performance.now() - started;
    if (!sent.ok) throw new Error(`Sending was refused: ${JSON.stringify(sent)}`);
    started = performance.now();
    const queued = await dispatchMessage(db, draft.messageId);
    const dispatchMs = performance.now() - started;

    say(`Delivering ${queued} emails through a job worker (${DEFAULT_JOB_CONCURRENCY} at once) to a local SMTP server…`);
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    started = performance.now();
    worker = await startJobWorker({ databaseUrl: database.url, siteUrl: context.baseUrl });
    let confirmation: { queuedAt: number; waitedMs: number | null } | undefined;
    let deliveredMs: number | null = null;
    try {
      while (!signal.aborted && performance.now() - started < deliveryTimeoutMs) {
        const delivered = inbox.recipients.filter((address) => address.startsWith("bench-reader-")).length;
        if (!confirmation && delivered >= confirmationAfter) {
          await registerForSession(db, { userId: booker.id, sessionId: other.id });
          confirmation = { queuedAt: performance.now(), waitedMs: null };
        }
        if (confirmation && confirmation.waitedMs === null && inbox.recipients.includes(booker.email))
          confirmation.waitedMs = performance.now() - confirmation.queuedAt;
        if (delivered >= queued && confirmation?.waitedMs !== null) {
          deliveredMs = performance.now() - started;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      clearInterval(sampler);
    }
    await worker.stop();
    worker = undefined;

    const readers = inbox.recipients.filter((address) => address.startsWith("bench-reader-"));
    const statuses = await db.messageRecipient.groupBy({ by: ["status"], where: { messageId: draft.messageId }, _count: { _all: true } });
    const count = (status: string) => statuses.find((group) => group.status === status)?._count._all ?? 0;
    const figures: Figure[] = [
      { label: "Recipients", value: String(people) },
      { label: "Organiser's click (sendMessage: counts, checks, queues the dispatch)", value: `${clickMs.toFixed(0)} ms` },
      { label: "Dispatch job (lists the recipients, queues one delivery each)", value: `${dispatchMs.toFixed(0)} ms for ${queued}` },
      {
        label: `Delivery to a local SMTP server (${DEFAULT_JOB_CONCURRENCY} at once, one worker)`,
        value:
          deliveredMs === null ? "did not finish" : `${(deliveredMs / 1000).toFixed(1)} s (${((readers.length / deliveredMs) * 1000).toFixed(0)} emails/s)`,
      },
      {
        label: "A booking confirmation queued after the first 200",
        value: confirmation?.waitedMs == null ? "not delivered" : `arrived after ${confirmation.waitedMs.toFixed(0)} ms`,
      },
      { label: "Worker process memory (resident, before → peak)", value: `${(rssBefore / MB).toFixed(0)} → ${(peakRss / MB).toFixed(0)} MB` },
      {
        label: "Emails received, each reader once",
        value: `${readers.length} (${new Set(readers).size} distinct)`,
        expected: `${people} (${people} distinct)`,
        check: { ok: readers.length === people && new Set(readers).size === people, severity: "fail" },
      },
      {
        label: "Recipients marked SENT / FAILED / QUEUED",
        value: `${count("SENT")} / ${count("FAILED")} / ${count("QUEUED")}`,
        expected: `${people} / 0 / 0`,
        check: { ok: count("SENT") === people, severity: "fail" },
      },
    ];
    return {
      title: "A message to 2,000 people",
      description:
        "An organiser's message to the 2,000 people booked on one session (a third of them bilingual): the send click, the dispatch job, then one job worker (the default concurrency) delivering every email to a local SMTP server that counts them, with a booking confirmation queued part-way through. In the benchmark's process, on a database of its own.",
      figures,
    };
  } finally {
    await worker?.stop().catch(() => undefined);
    if (smtpBefore === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = smtpBefore;
    await inbox.close();
    await db.$disconnect();
    await database.drop();
  }
}
