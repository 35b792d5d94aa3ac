import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { countFailedEmails } from "@/lib/admin/emails/count-failed-emails";
import { emailQueueOverview, WORKER_STALL_AFTER_MS, type EmailQueueOverview } from "@/lib/admin/emails/email-queue-overview";
import { retryFailedEmail } from "@/lib/admin/emails/retry-failed-email";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue";
import { REGISTRATION_EMAIL_MAX_ATTEMPTS } from "@/lib/jobs/registration-email-jobs";
import { registerForSession } from "@/lib/registration/register-for-session";
import { createEmailFixture, type EmailFixture } from "@/tests/helpers/email-fixtures";
import { discardQueuedJobs, sendQueuedEmails } from "@/tests/helpers/job-queue";
import { startSmtpTestServer, type SmtpTestServer } from "@/tests/helpers/smtp-test-server";

// The admin emails page's data: what the registration-email queue holds, the
// emails that failed or are retrying (with their errors), and "Try again" on
// a failed one. Emails fail for real: the mail server is a closed port.

const startsAt = new Date("2030-06-19T09:00:00Z");
const smtpUrlBefore = process.env.SMTP_URL;
let smtp: SmtpTestServer;
let fixture: EmailFixture;
let organiser: CurrentUser;
let attendee: CurrentUser;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  fixture = await createEmailFixture(prisma);
  const select = { id: true, email: true, name: true, role: true } as const;
  organiser = await prisma.user.create({ data: { email: `organiser-${fixture.suffix}@example.test`, name: "Olwen Organiser", role: "ORGANISER" }, select });
  attendee = await prisma.user.create({ data: { email: `attendee-${fixture.suffix}@example.test`, name: "Aled Attendee" }, select });
});

afterAll(async () => {
  await prisma.auditEntry.deleteMany({ where: { actorId: organiser?.id } });
  await prisma.user.deleteMany({ where: { id: { in: [organiser?.id, attendee?.id].filter((id): id is string => !!id) } } });
  await fixture?.remove();
  await smtp?.close();
  if (smtpUrlBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrlBefore;
});

beforeEach(async () => {
  await discardQueuedJobs();
  smtp.received.length = 0;
});

/** Runs the queue with the mail server unreachable (a closed port), as when it is down. */
async function sendWithMailServerDown(): Promise<void> {
  const down = await startSmtpTestServer();
  await down.close();
  process.env.SMTP_URL = down.url;
  const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    await sendQueuedEmails();
  } finally {
    process.env.SMTP_URL = smtp.url;
    quiet.mockRestore();
  }
}

/** Makes the email's next attempt its last one, due now (instead of in 45 minutes). */
async function fastForwardToLastAttempt(emailId: string): Promise<void> {
  await prisma.$queryRawUnsafe(
    `SELECT 1 FROM ${JOB_QUEUE_SCHEMA}.reschedule_jobs(ARRAY(SELECT id FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE key = $1), run_at => now(), attempts => $2::int)`,
    emailId,
    REGISTRATION_EMAIL_MAX_ATTEMPTS - 1,
  );
}

/** A confirmation email to a new person that the queue has tried once, and failed. */
async function retryingEmail(name: string) {
  const session = await fixture.session({ name: `emails-${name.toLowerCase()}`, startsAt, titleCy: `Sesiwn ${name}` });
  const person = await fixture.person(name);
  const booked = await registerForSession(prisma, { userId: person.id, sessionId: session.id });
  await sendWithMailServerDown();
  const delivery = await prisma.emailDelivery.findFirstOrThrow({ where: { registrationId: booked.registrationId } });
  return { session, person, delivery };
}

/** A confirmation email whose every attempt failed. */
async function failedEmail(name: string) {
  const email = await retryingEmail(name);
  await fastForwardToLastAttempt(email.delivery.id);
  await sendWithMailServerDown();
  const delivery = await prisma.emailDelivery.findUniqueOrThrow({ where: { id: email.delivery.id } });
  expect(delivery).toMatchObject({ status: "FAILED", attempts: REGISTRATION_EMAIL_MAX_ATTEMPTS });
  return { ...email, delivery };
}

const jobOf = async (emailId: string) =>
  (
    await prisma.$queryRawUnsafe<Array<{ attempts: number; runAt: Date }>>(
      `SELECT attempts, run_at AS "runAt" FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE key = $1`,
      emailId,
    )
  )[0];

const problemIn = (overview: EmailQueueOverview, emailId: string) => overview.problems.find((problem) => problem.id === emailId);

/** Everything "Try again" could write, to prove a refusal wrote nothing. */
async function snapshot(emailId: string) {
  return {
    delivery: await prisma.emailDelivery.findUnique({ where: { id: emailId } }),
    job: await jobOf(emailId),
    audit: await prisma.auditEntry.count({ where: { action: "email.retry" } }),
  };
}

describe("who may see and retry emails", () => {
  it("is organisers only: an attendee is refused, and nothing is written", async () => {
    const { delivery } = await failedEmail("Nia");
    const before = await snapshot(delivery.id);
    await expect(emailQueueOverview(prisma, attendee)).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(countFailedEmails(prisma, attendee)).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(retryFailedEmail(prisma, attendee, { emailId: delivery.id })).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(retryFailedEmail(prisma, null as unknown as CurrentUser, { emailId: delivery.id })).rejects.toBeInstanceOf(NotOrganiserError);
    expect(await snapshot(delivery.id)).toEqual(before);
  });
});

describe("the overview", () => {
  it("counts emails waiting to be sent, how long the oldest has waited, and emails sent this week", async () => {
    const sentBefore = (await emailQueueOverview(prisma, organiser)).sentLastWeek;
    const session = await fixture.session({ name: "emails-waiting", startsAt });
    const [owain, pam] = [await fixture.person("Owain"), await fixture.person("Pam")];
    await registerForSession(prisma, { userId: owain.id, sessionId: session.id });
    await registerForSession(prisma, { userId: pam.id, sessionId: session.id });

    const now = new Date();
    const waiting = await emailQueueOverview(prisma, organiser, now);
    expect(waiting.waiting.count).toBe(2);
    expect(waiting.waiting.oldestDueAt).not.toBeNull();
    expect(now.getTime() - waiting.waiting.oldestDueAt!.getTime()).toBeLessThan(WORKER_STALL_AFTER_MS);
    expect(waiting.workerMayBeStopped).toBe(false);

    // Nobody sends them: ten minutes on, the age has grown and the page warns.
    const later = await emailQueueOverview(prisma, organiser, new Date(now.getTime() + 10 * 60_000));
    expect(later.overdueMs).toBeGreaterThanOrEqual(10 * 60_000);
    expect(later.workerMayBeStopped).toBe(true);

    await sendQueuedEmails();
    const sent = await emailQueueOverview(prisma, organiser);
    expect(sent.waiting).toEqual({ count: 0, oldestDueAt: null });
    expect(sent.workerMayBeStopped).toBe(false);
    expect(sent.sentLastWeek).toBe(sentBefore + 2);
    // A week on, they no longer count as sent this week.
    expect((await emailQueueOverview(prisma, organiser, new Date(Date.now() + 8 * 24 * 3_600_000))).sentLastWeek).toBe(sentBefore);
  });

  it("lists an email that failed to send with its error and next attempt, then as failed once every attempt has failed", async () => {
    const before = await emailQueueOverview(prisma, organiser);
    const { session, person, delivery } = await retryingEmail("Rhys");

    const retrying = await emailQueueOverview(prisma, organiser);
    expect(retrying.retrying).toBe(before.retrying + 1);
    expect(retrying.failed).toBe(before.failed);
    expect(retrying.waiting.count).toBe(0); // tried once: it is retrying, not waiting
    const row = problemIn(retrying, delivery.id);
    expect(row).toMatchObject({
      kind: "CONFIRMED",
      status: "RETRYING",
      attempts: 1,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
      sending: false,
      canRetry: false,
      person: { name: person.name, email: person.email },
      session: { id: session.id, title: session.title, titleCy: session.titleCy },
    });
    expect(row?.lastTriedAt).toEqual(delivery.updatedAt);
    expect(row?.nextAttemptAt).toEqual((await jobOf(delivery.id))?.runAt);
    // Later than the failed attempt (the first retry waits e¹ ≈ 2.7 s, so "later than now" would depend on the machine's speed).
    expect(row!.nextAttemptAt!.getTime()).toBeGreaterThan(delivery.updatedAt.getTime());

    await fastForwardToLastAttempt(delivery.id);
    await sendWithMailServerDown();
    const failed = await emailQueueOverview(prisma, organiser);
    expect(failed.retrying).toBe(before.retrying);
    expect(failed.failed).toBe(before.failed + 1);
    expect(await countFailedEmails(prisma, organiser)).toBe(before.failed + 1);
    expect(problemIn(failed, delivery.id)).toMatchObject({
      status: "FAILED",
      attempts: REGISTRATION_EMAIL_MAX_ATTEMPTS,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
      nextAttemptAt: null,
      canRetry: true,
    });
    // Most recently tried first.
    const other = await retryingEmail("Siân");
    const both = await emailQueueOverview(prisma, organiser);
    expect(both.problems.findIndex((problem) => problem.id === other.delivery.id)).toBeLessThan(
      both.problems.findIndex((problem) => problem.id === delivery.id),
    );
  });
});

describe("trying a failed email again", () => {
  it("puts its job back in the queue with fresh attempts, records who did it, and the email then goes", async () => {
    const { person, session, delivery } = await failedEmail("Tomos");
    const result = await retryFailedEmail(prisma, organiser, { emailId: delivery.id });
    expect(result).toEqual({ ok: true, emailId: delivery.id, name: person.name });

    const retried = await prisma.emailDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    // Retrying; "last tried" still says when the worker last tried.
    expect(retried).toMatchObject({
      status: "RETRYING",
      attempts: REGISTRATION_EMAIL_MAX_ATTEMPTS,
      updatedAt: delivery.updatedAt,
      lastError: delivery.lastError,
    });
    const job = await jobOf(delivery.id);
    expect(job?.attempts).toBe(0);
    expect(job!.runAt.getTime()).toBeLessThanOrEqual(Date.now());
    const overview = await emailQueueOverview(prisma, organiser);
    expect(problemIn(overview, delivery.id)).toMatchObject({ status: "RETRYING", canRetry: false, nextAttemptAt: job?.runAt });
    expect(overview.waiting.count).toBe(1);

    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "email.retry", entityId: delivery.id } });
    expect(audit).toMatchObject({ actorId: organiser.id, actorEmail: organiser.email, entityType: "email" });
    expect(audit.summary).toBe(`Tried again: the “Place confirmed” email to ${person.name} (${person.email}) about “${session.title}”`);
    expect(audit.before).toMatchObject({ status: "FAILED" });
    expect(audit.after).toMatchObject({ status: "RETRYING" });

    await sendQueuedEmails();
    expect(smtp.received.map((email) => email.recipients[0])).toEqual([person.email]);
    expect(await prisma.emailDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: "SENT", lastError: null });
    expect(problemIn(await emailQueueOverview(prisma, organiser), delivery.id)).toBeUndefined();
  });

  it("is refused for an email that has not failed, and writes nothing", async () => {
    const { delivery } = await retryingEmail("Wyn");
    const before = await snapshot(delivery.id);
    expect(await retryFailedEmail(prisma, organiser, { emailId: delivery.id })).toEqual({ ok: false, refusal: "notFailed" });
    expect(await snapshot(delivery.id)).toEqual(before);

    // Nor twice: the second "Try again" (another organiser's, say) finds it retrying.
    const failed = await failedEmail("Ywain");
    expect((await retryFailedEmail(prisma, organiser, { emailId: failed.delivery.id })).ok).toBe(true);
    const afterFirst = await snapshot(failed.delivery.id);
    expect(await retryFailedEmail(prisma, organiser, { emailId: failed.delivery.id })).toEqual({ ok: false, refusal: "notFailed" });
    expect(await snapshot(failed.delivery.id)).toEqual(afterFirst);
  });

  it("is refused for an email that is unknown or whose job has gone from the queue, and for a malformed id", async () => {
    const unknown = randomUUID();
    expect(await retryFailedEmail(prisma, organiser, { emailId: unknown })).toEqual({ ok: false, refusal: "emailNotFound" });
    expect(await retryFailedEmail(prisma, organiser, { emailId: "not-an-email-id" })).toEqual({ ok: false, refusal: "invalid" });
    expect(await retryFailedEmail(prisma, organiser, {})).toEqual({ ok: false, refusal: "invalid" });

    const { delivery } = await failedEmail("Zac");
    await prisma.$queryRawUnsafe(`SELECT 1 FROM ${JOB_QUEUE_SCHEMA}.complete_jobs(ARRAY(SELECT id FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE key = $1))`, delivery.id);
    const overview = await emailQueueOverview(prisma, organiser);
    expect(problemIn(overview, delivery.id)).toMatchObject({ status: "FAILED", canRetry: false });
    const before = await snapshot(delivery.id);
    expect(await retryFailedEmail(prisma, organiser, { emailId: delivery.id })).toEqual({ ok: false, refusal: "jobGone" });
    expect(await snapshot(delivery.id)).toEqual(before);
    expect(before.delivery?.status).toBe("FAILED");
  });
});
