// A real SMTP server on 127.0.0.1 (random port) that keeps what it receives,
// parsed, so email tests check what a mail server would actually get.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedEmail = {
  /** The addresses given to RCPT TO: who the message was actually delivered to. */
  recipients: string[];
  mail: ParsedMail;
};

export type SmtpTestServer = {
  /** smtp:// URL to put in SMTP_URL. */
  url: string;
  received: ReceivedEmail[];
  close(): Promise<void>;
};

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      // Kept before acknowledging, so the message is here by the time sendMail resolves.
      simpleParser(stream).then(
        (mail) => {
          received.push({ recipients: session.envelope.rcptTo.map((recipient) => recipient.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text of an email's only calendar attachment, checking its name and type. */
export function calendarText(email: ReceivedEmail, filename: string): string {
  const calendars = email.mail.attachments.filter((attachment) => attachment.contentType === "text/calendar");
  if (calendars.length !== 1) throw new Error(`Expected one calendar attachment, found ${calendars.length}`);
  const [calendar] = calendars as [(typeof calendars)[number]];
  if (calendar.filename !== filename) throw new Error(`Expected ${filename}, got ${calendar.filename ?? "no name"}`);
  return calendar.content.toString("utf8");
}
