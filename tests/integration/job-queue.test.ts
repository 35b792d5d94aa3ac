import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { isEmbeddedDatabase, JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue";
import { startJobWorker } from "@/lib/jobs/job-worker";
import { queueRegistrationEmails, REGISTRATION_EMAIL_MAX_ATTEMPTS } from "@/lib/jobs/registration-email-jobs";
import { watchWorkerLiveness } from "@/lib/jobs/worker-liveness";
import { cancelRegistration } from "@/lib/registration/cancel-registration";
import { registerForSession } from "@/lib/registration/register-for-session";
import { RegistrationError } from "@/lib/registration/registration-errors";
import { createEmailFixture, type EmailFixture } from "@/tests/helpers/email-fixtures";
import { discardQueuedJobs, queuedJobs, sendQueuedEmails } from "@/tests/helpers/job-queue";
import { startSmtpTestServer, type SmtpTestServer } from "@/tests/helpers/smtp-test-server";

// Registration emails go through the job queue (Graphile Worker): queued in
// the booking's own transaction, sent by the worker with retries, recorded
// in EmailDelivery, never twice.

const startsAt = new Date("2030-06-19T09:00:00Z");
let smtp: SmtpTestServer;
let fixture: EmailFixture;
const smtpUrlBefore = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  fixture = await createEmailFixture(prisma);
});

afterAll(async () => {
  await fixture?.remove();
  await smtp?.close();
  if (smtpUrlBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrlBefore;
});

beforeEach(async () => {
  await discardQueuedJobs();
  smtp.received.length = 0;
});

const payloads = async () => (await queuedJobs()).map((job) => job.payload as { emailId: string; kind: string; registrationId: string });

describe("queueing in the booking's transaction", () => {
  it("queues one confirmation for a booking, one waiting-list email when full, and nothing for a repeat", async () => {
    const session = await fixture.session({ name: "queue-booking", startsAt, capacity: 1 });
    const [ana, bryn] = [await fixture.person("Ana"), await fixture.person("Bryn")];
    const first = await registerForSession(prisma, { userId: ana.id, sessionId: session.id });
    const second = await registerForSession(prisma, { userId: bryn.id, sessionId: session.id });
    await registerForSession(prisma, { userId: ana.id, sessionId: session.id }); // a repeat

    const queued = await payloads();
    expect(queued.map(({ kind, registrationId }) => ({ kind, registrationId }))).toEqual([
      { kind: "CONFIRMED", registrationId: first.registrationId },
      { kind: "WAITLISTED", registrationId: second.registrationId },
    ]);
    expect(new Set(queued.map((job) => job.emailId)).size).toBe(2);
    expect(smtp.received).toHaveLength(0); // nothing is sent inside the request

    await sendQueuedEmails();
    expect(smtp.received.map((email) => [email.recipients[0], email.mail.subject])).toEqual([
      [ana.email, `Your place is confirmed: ${session.title}`],
      [bryn.email, expect.stringContaining(session.title)],
    ]);
    expect(await queuedJobs()).toEqual([]);
    const deliveries = await prisma.emailDelivery.findMany({
      where: { registrationId: { in: [first.registrationId, second.registrationId] } },
      orderBy: { kind: "asc" },
    });
    expect(deliveries.map((delivery) => [delivery.kind, delivery.status, delivery.attempts])).toEqual([
      ["CONFIRMED", "SENT", 1],
      ["WAITLISTED", "SENT", 1],
    ]);
    // The Message-ID is the email's identity, so a copy can be recognised.
    expect(smtp.received[0]?.mail.messageId).toBe(`<${queued[0]?.emailId}@cpdweek.localhost>`);
  });

  it("queues nothing when the booking is refused or its transaction rolls back", async () => {
    const started = await fixture.session({ name: "queue-started", startsAt: new Date("2020-01-01T09:00:00Z") });
    const session = await fixture.session({ name: "queue-rollback", startsAt });
    const cai = await fixture.person("Cai");
    await expect(registerForSession(prisma, { userId: cai.id, sessionId: started.id })).rejects.toThrow(RegistrationError);
    await expect(
      prisma.$transaction(async (tx) => {
        const registration = await tx.registration.create({ data: { sessionId: session.id, userId: cai.id, status: "CONFIRMED" } });
        await queueRegistrationEmails(tx, [{ kind: "CONFIRMED", registrationId: registration.id }]);
        throw new Error("the change fails after queueing");
      }),
    ).rejects.toThrow("the change fails after queueing");
    expect(await queuedJobs()).toEqual([]);
    expect(await prisma.registration.count({ where: { userId: cai.id } })).toBe(0);
  });

  it("queues the promotion email in the cancellation that frees the place", async () => {
    const session = await fixture.session({ name: "queue-promote", startsAt, capacity: 1 });
    const [dai, eli] = [await fixture.person("Dai"), await fixture.person("Eli")];
    const held = await registerForSession(prisma, { userId: dai.id, sessionId: session.id });
    const waiting = await registerForSession(prisma, { userId: eli.id, sessionId: session.id });
    await discardQueuedJobs();
    await cancelRegistration(prisma, { userId: dai.id, registrationId: held.registrationId });
    expect((await payloads()).map(({ kind, registrationId }) => ({ kind, registrationId }))).toEqual([
      { kind: "PROMOTED", registrationId: waiting.registrationId },
    ]);
    await sendQueuedEmails();
    expect(smtp.received.map((email) => email.recipients[0])).toEqual([eli.email]);
  });
});

describe("the worker", () => {
  it("sends an email once even when its job runs twice", async () => {
    const session = await fixture.session({ name: "queue-twice", startsAt });
    const fflur = await fixture.person("Fflur");
    const booked = await registerForSession(prisma, { userId: fflur.id, sessionId: session.id });
    const [job] = await payloads();
    await sendQueuedEmails();
    // The same job again, as after a worker killed between sending and telling the queue.
    await prisma.$queryRawUnsafe(`SELECT ${JOB_QUEUE_SCHEMA}.add_job('send-registration-email', $1::json)`, JSON.stringify(job));
    await sendQueuedEmails();
    expect(smtp.received.map((email) => email.recipients[0])).toEqual([fflur.email]);
    expect(await prisma.emailDelivery.count({ where: { registrationId: booked.registrationId } })).toBe(1);
  });

  it("sends nothing when the registration no longer fits the email, and records that", async () => {
    const session = await fixture.session({ name: "queue-skip", startsAt });
    const gwen = await fixture.person("Gwen");
    const booked = await registerForSession(prisma, { userId: gwen.id, sessionId: session.id });
    await prisma.registration.update({ where: { id: booked.registrationId }, data: { status: "CANCELLED" } });
    await sendQueuedEmails();
    expect(smtp.received).toHaveLength(0);
    expect(await prisma.emailDelivery.findFirst({ where: { registrationId: booked.registrationId } })).toMatchObject({ status: "SKIPPED" });
  });

  it("drops a malformed job without sending, and one for a registration that has gone", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await prisma.$queryRawUnsafe(`SELECT ${JOB_QUEUE_SCHEMA}.add_job('send-registration-email', $1::json)`, JSON.stringify({ kind: "CONFIRMED" }));
    await prisma.$queryRawUnsafe(
      `SELECT ${JOB_QUEUE_SCHEMA}.add_job('send-registration-email', $1::json)`,
      JSON.stringify({ emailId: randomUUID(), kind: "CONFIRMED", registrationId: "gone-with-its-account" }),
    );
    await sendQueuedEmails();
    expect(smtp.received).toHaveLength(0);
    expect(await queuedJobs()).toEqual([]);
    vi.restoreAllMocks();
  });

  it("retries while the mail server is down, records the error, and marks the email failed after the last attempt", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const session = await fixture.session({ name: "queue-retry", startsAt });
    const huw = await fixture.person("Huw");
    const booked = await registerForSession(prisma, { userId: huw.id, sessionId: session.id });
    const down = await startSmtpTestServer();
    await down.close();
    process.env.SMTP_URL = down.url;
    try {
      await sendQueuedEmails();
      const retrying = await prisma.emailDelivery.findFirstOrThrow({ where: { registrationId: booked.registrationId } });
      expect(retrying).toMatchObject({ status: "RETRYING", attempts: 1, sentAt: null });
      expect(retrying.lastError).toMatch(/ECONNREFUSED|connect/i);
      const [job] = await queuedJobs();
      expect(job).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });

      // The last attempt, due now.
      await prisma.$queryRawUnsafe(
        `SELECT ${JOB_QUEUE_SCHEMA}.reschedule_jobs(ARRAY(SELECT id FROM ${JOB_QUEUE_SCHEMA}.jobs), run_at => now(), attempts => $1::int)`,
        REGISTRATION_EMAIL_MAX_ATTEMPTS - 1,
      );
      await sendQueuedEmails();
      expect(await prisma.emailDelivery.findFirstOrThrow({ where: { registrationId: booked.registrationId } })).toMatchObject({
        status: "FAILED",
        attempts: REGISTRATION_EMAIL_MAX_ATTEMPTS,
      });
    } finally {
      process.env.SMTP_URL = smtp.url;
      vi.restoreAllMocks();
    }
    // Tried again (as an organiser's "try again" does), it goes.
    await prisma.$queryRawUnsafe(`SELECT ${JOB_QUEUE_SCHEMA}.reschedule_jobs(ARRAY(SELECT id FROM ${JOB_QUEUE_SCHEMA}.jobs), run_at => now(), attempts => 0)`);
    await sendQueuedEmails();
    expect(smtp.received.map((email) => email.recipients[0])).toEqual([huw.email]);
    expect(await prisma.emailDelivery.findFirstOrThrow({ where: { registrationId: booked.registrationId } })).toMatchObject({
      status: "SENT",
      lastError: null,
    });
  });
});

// A PostgreSQL server tells live workers from dead ones by their advisory
// locks; the embedded database (one session, one process) counts every
// worker but the sweeper's own as dead.
const embedded = await isEmbeddedDatabase(process.env.DATABASE_URL!);

describe("workers that die", () => {
  it.runIf(embedded)("on the embedded database, takes back the jobs of every worker but its own", async () => {
    const session = await fixture.session({ name: "queue-embedded-worker", startsAt });
    const kit = await fixture.person("Kit");
    await registerForSession(prisma, { userId: kit.id, sessionId: session.id });
    await prisma.$queryRawUnsafe(`UPDATE ${JOB_QUEUE_SCHEMA}._private_jobs SET locked_by = 'before-restart', locked_at = now() - interval '1 minute'`);
    const sweeper = await watchWorkerLiveness(process.env.DATABASE_URL!, { embedded: true });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await sweeper.claim("ours");
      expect(await sweeper.sweep()).toEqual(["before-restart"]);
    } finally {
      await sweeper.stop();
      warn.mockRestore();
    }
    await sendQueuedEmails();
    expect(smtp.received.map((email) => email.recipients[0])).toEqual([kit.email]);
  });

  it.skipIf(embedded)("takes back the jobs of a worker whose process has gone, and leaves a live one's alone", async () => {
    const databaseUrl = process.env.DATABASE_URL!;
    const session = await fixture.session({ name: "queue-dead-worker", startsAt });
    const ifan = await fixture.person("Ifan");
    await registerForSession(prisma, { userId: ifan.id, sessionId: session.id });
    const workerId = `test-worker-${randomUUID()}`;
    // Another process's worker: it claims its id, then holds the job (as if sending).
    const other = await watchWorkerLiveness(databaseUrl, { embedded: false });
    await other.claim(workerId);
    await prisma.$queryRawUnsafe(`UPDATE ${JOB_QUEUE_SCHEMA}._private_jobs SET locked_by = $1, locked_at = now() - interval '1 minute'`, workerId);
    const sweeper = await watchWorkerLiveness(databaseUrl, { embedded: false });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(await sweeper.sweep()).toEqual([]);
      expect((await prisma.$queryRawUnsafe<Array<{ locked_by: string }>>(`SELECT locked_by FROM ${JOB_QUEUE_SCHEMA}.jobs`))[0]?.locked_by).toBe(workerId);

      await other.stop(); // its connection closes, as when the process is killed
      expect(await sweeper.sweep()).toEqual([workerId]);
      expect((await prisma.$queryRawUnsafe<Array<{ locked_by: string | null }>>(`SELECT locked_by FROM ${JOB_QUEUE_SCHEMA}.jobs`))[0]?.locked_by).toBeNull();
    } finally {
      await sweeper.stop();
      warn.mockRestore();
    }
    await sendQueuedEmails();
    expect(smtp.received.map((email) => email.recipients[0])).toEqual([ifan.email]);
  });

  it("never takes back a job locked a moment ago, before its worker could claim its id", async () => {
    const session = await fixture.session({ name: "queue-new-worker", startsAt });
    const jac = await fixture.person("Jac");
    await registerForSession(prisma, { userId: jac.id, sessionId: session.id });
    await prisma.$queryRawUnsafe(`UPDATE ${JOB_QUEUE_SCHEMA}._private_jobs SET locked_by = 'just-started', locked_at = now()`);
    const sweeper = await watchWorkerLiveness(process.env.DATABASE_URL!, { embedded: false });
    try {
      expect(await sweeper.sweep()).toEqual([]);
    } finally {
      await sweeper.stop();
      // Leave no held job behind for the tests that follow.
      await prisma.$executeRawUnsafe(`SELECT ${JOB_QUEUE_SCHEMA}.force_unlock_workers(ARRAY['just-started'])`);
      await discardQueuedJobs();
    }
  });

  it.skipIf(embedded)("leaves alone the job of a live worker that is slow to send", async () => {
    const databaseUrl = process.env.DATABASE_URL!;
    // A mail server that accepts the connection and never says a word: the send hangs.
    const connections = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      connections.add(socket);
      socket.on("error", () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    const worker = await startJobWorker({ databaseUrl, siteUrl: siteUrl(), concurrency: 1 });
    const sweeper = await watchWorkerLiveness(databaseUrl, { embedded: false });
    const lockedBy = async () =>
      (await prisma.$queryRawUnsafe<Array<{ locked_by: string | null }>>(`SELECT locked_by FROM ${JOB_QUEUE_SCHEMA}.jobs`))[0]?.locked_by ?? null;
    try {
      const session = await fixture.session({ name: "queue-slow-send", startsAt });
      const lowri = await fixture.person("Lowri");
      await registerForSession(prisma, { userId: lowri.id, sessionId: session.id });
      await vi.waitFor(async () => expect(connections.size).toBe(1), { timeout: 10_000, interval: 50 });
      const holder = await lockedBy();
      expect(holder).toMatch(/^pool-/);
      // As if the send had taken a minute so far: long enough for a sweep to look at it.
      await prisma.$executeRawUnsafe(`UPDATE ${JOB_QUEUE_SCHEMA}._private_jobs SET locked_at = now() - interval '1 minute'`);
      expect(await sweeper.sweep()).toEqual([]);
      expect(await lockedBy()).toBe(holder);
    } finally {
      await sweeper.stop();
      process.env.SMTP_URL = smtp.url;
      for (const socket of connections) socket.destroy();
      silent.close();
      await worker.stop();
      await discardQueuedJobs();
    }
  });
});
