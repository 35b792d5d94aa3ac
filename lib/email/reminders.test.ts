import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createEmailFixture, type EmailFixture } from "../../tests/helpers/email-fixtures";
import { startSmtpTestServer, type SmtpTestServer } from "../../tests/helpers/smtp-test-server";
import { prisma } from "../db";
import { siteUrl } from "../env";
import { runReminderJob } from "./reminders";

// The job runs at 09:00 on Monday 17 June 2030 (08:00 UTC): the window is
// sessions starting 21:00 that evening to 21:00 on Tuesday.
const now = new Date("2030-06-17T08:00:00Z");
const at = (iso: string) => new Date(iso);

/** The app's own client and address, as the job worker is given its own. */
const context = () => ({ db: prisma, siteUrl: siteUrl() });

let smtp: SmtpTestServer;
let fixture: EmailFixture;
const smtpUrlBefore = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
});

afterAll(async () => {
  await smtp?.close();
});

beforeEach(async () => {
  smtp.received.length = 0;
  process.env.SMTP_URL = smtp.url;
  fixture = await createEmailFixture(prisma);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fixture.remove();
  if (smtpUrlBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrlBefore;
});

/** Tuesday's session with two confirmed places, one person waiting and one who cancelled. */
async function tuesdaySession() {
  const session = await fixture.session({ name: "tuesday", startsAt: at("2030-06-18T12:00:00Z"), capacity: 2 });
  const [ada, ben, cat, dev] = await Promise.all(["Ada", "Ben", "Cat", "Dev"].map((name) => fixture.person(name)));
  if (!ada || !ben || !cat || !dev) throw new Error("people not created");
  const confirmed = [await fixture.register(session.id, ada.id, "CONFIRMED"), await fixture.register(session.id, ben.id, "CONFIRMED")];
  await fixture.register(session.id, cat.id, "WAITLISTED", 1);
  await fixture.register(session.id, dev.id, "CANCELLED");
  return { session, confirmed, confirmedEmails: [ada.email, ben.email].sort() };
}

const recipients = () => smtp.received.flatMap((email) => email.recipients).sort();

describe("day-before reminders", () => {
  it("reminds confirmed people once, however often the job runs", async () => {
    const { session, confirmed, confirmedEmails } = await tuesdaySession();

    expect(await runReminderJob(context(), now)).toEqual({ sent: 2, failed: 0 });
    expect(await runReminderJob(context(), now)).toEqual({ sent: 0, failed: 0 });
    expect(await runReminderJob(context(), new Date(now.getTime() + 60 * 60 * 1000))).toEqual({ sent: 0, failed: 0 });

    expect(recipients()).toEqual(confirmedEmails);
    for (const email of smtp.received) {
      expect(email.mail.subject).toBe(`Reminder: ${session.title} tomorrow`);
      const text = email.mail.text ?? "";
      expect(text).toContain("your session is tomorrow");
      expect(text).toContain("When: Tuesday 18 June 2030, 13:00 to 14:30 (BST)");
      expect(text).toContain(`Join online: ${session.joinUrl}`);
    }
    const marked = await prisma.registration.findMany({ where: { id: { in: confirmed.map((registration) => registration.id) } } });
    expect(marked.map((registration) => registration.reminderSentAt)).toEqual([now, now]);
  });

  it("sends one reminder per person when two runs overlap", async () => {
    const { confirmedEmails } = await tuesdaySession();

    const runs = await Promise.all([runReminderJob(context(), now), runReminderJob(context(), now)]);

    expect(runs.reduce((total, run) => total + run.sent, 0)).toBe(2);
    expect(recipients()).toEqual(confirmedEmails);
  });

  it("leaves out people waiting or cancelled, sessions outside the window, and cancelled or draft sessions", async () => {
    const eve = await fixture.person("Eve");
    const sessions = await Promise.all([
      fixture.session({ name: "this-afternoon", startsAt: at("2030-06-17T14:00:00Z") }), // 6 hours away
      fixture.session({ name: "wednesday", startsAt: at("2030-06-19T12:00:00Z") }), // 52 hours away
      fixture.session({ name: "tuesday-cancelled", startsAt: at("2030-06-18T09:00:00Z"), status: "CANCELLED" }),
      fixture.session({ name: "tuesday-draft", startsAt: at("2030-06-18T10:00:00Z"), status: "DRAFT" }),
    ]);
    for (const session of sessions) await fixture.register(session.id, eve.id, "CONFIRMED");
    const waiting = await fixture.session({ name: "tuesday-full", startsAt: at("2030-06-18T11:00:00Z") });
    await fixture.register(waiting.id, eve.id, "WAITLISTED", 1);
    const left = await fixture.session({ name: "tuesday-left", startsAt: at("2030-06-18T11:00:00Z") });
    await fixture.register(left.id, eve.id, "CANCELLED");

    expect(await runReminderJob(context(), now)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("says today, not tomorrow, for a session later the same day", async () => {
    const session = await fixture.session({ name: "monday-evening", startsAt: at("2030-06-17T20:30:00Z") }); // 21:30 BST
    const fay = await fixture.person("Fay");
    await fixture.register(session.id, fay.id, "CONFIRMED");

    expect(await runReminderJob(context(), now)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received[0]?.mail.subject).toBe(`Reminder: ${session.title} today`);
  });

  it("releases a reminder that could not be sent, so the next run tries again", async () => {
    const { confirmed, confirmedEmails } = await tuesdaySession();
    const down = await startSmtpTestServer();
    await down.close(); // Nothing listens on its port now.
    process.env.SMTP_URL = down.url;
    vi.spyOn(console, "error").mockImplementation(() => undefined);

    expect(await runReminderJob(context(), now)).toEqual({ sent: 0, failed: 2 });
    const released = await prisma.registration.findMany({ where: { id: { in: confirmed.map((registration) => registration.id) } } });
    expect(released.map((registration) => registration.reminderSentAt)).toEqual([null, null]);

    process.env.SMTP_URL = smtp.url;
    expect(await runReminderJob(context(), now)).toEqual({ sent: 2, failed: 0 });
    expect(recipients()).toEqual(confirmedEmails);
  });
});
