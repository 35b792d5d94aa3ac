import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpTestServer } from "../../tests/helpers/smtp-test-server";
import { sendEmail, type EmailMessage } from "./send-email";

const message: EmailMessage = {
  to: "reader@example.test",
  subject: "Your place is confirmed: Test session",
  text: "Session: Test session\n",
  attachments: [
    {
      filename: "test-session.ics",
      content: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
      contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    },
  ],
};

const settingsBefore = {
  SMTP_URL: process.env.SMTP_URL,
  EMAIL_FROM: process.env.EMAIL_FROM,
  EMAIL_OUTBOX_DIR: process.env.EMAIL_OUTBOX_DIR,
};
let outbox: string;

beforeEach(async () => {
  outbox = await mkdtemp(path.join(tmpdir(), "cpd-outbox-"));
});

afterEach(async () => {
  for (const [name, value] of Object.entries(settingsBefore)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  vi.restoreAllMocks();
  await rm(outbox, { recursive: true, force: true });
});

describe("sending email", () => {
  it("writes the message to the outbox folder, and logs where, when SMTP_URL is not set", async () => {
    delete process.env.SMTP_URL;
    process.env.EMAIL_OUTBOX_DIR = outbox;
    const log = vi.spyOn(console, "info").mockImplementation(() => undefined);

    const result = await sendEmail(message);

    expect(result.transport).toBe("outbox");
    expect(await readdir(outbox)).toEqual([path.basename(result.file ?? "")]);
    expect(result.file).toMatch(/\.eml$/);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain(result.file);

    // A complete message that a mail program can open.
    const mail = await simpleParser(await readFile(result.file ?? ""));
    expect(mail.messageId).toBe(result.id);
    expect(mail.to).toMatchObject({ text: "reader@example.test" });
    expect(mail.from?.text).toContain("no-reply@cpdweek.localhost");
    expect(mail.subject).toBe(message.subject);
    expect(mail.text).toContain("Session: Test session");
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(["test-session.ics"]);
  });

  it("sends through the SMTP server in SMTP_URL, from EMAIL_FROM", async () => {
    const server = await startSmtpTestServer();
    try {
      process.env.SMTP_URL = server.url;
      process.env.EMAIL_OUTBOX_DIR = outbox;
      process.env.EMAIL_FROM = "Social Work Week <events@example.test>";

      const result = await sendEmail(message);

      expect(result).toEqual({ transport: "smtp", id: expect.any(String) });

      expect(server.received).toHaveLength(1);
      const [email] = server.received;
      expect(email?.recipients).toEqual(["reader@example.test"]);
      expect(email?.mail.from?.text).toBe('"Social Work Week" <events@example.test>');
      expect(email?.mail.subject).toBe(message.subject);
      expect(await readdir(outbox)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("follows a change of SMTP_URL to another server", async () => {
    const first = await startSmtpTestServer();
    const second = await startSmtpTestServer();
    try {
      process.env.SMTP_URL = first.url;
      await sendEmail(message);
      process.env.SMTP_URL = second.url;
      await sendEmail(message);
      expect(first.received).toHaveLength(1);
      expect(second.received).toHaveLength(1);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("refuses a malformed SMTP_URL, naming the setting", async () => {
    process.env.SMTP_URL = "mail.example.org:25";
    await expect(sendEmail(message)).rejects.toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
  });
});
