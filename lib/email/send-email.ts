import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { emailSettings } from "../env";
import type { PrismaClient } from "../prisma-client";
import { saveToOutbox } from "./outbox";

/**
 * What the emails about the site's records need: a database client to read
 * them and the site's address for links. The job worker and the scripts pass
 * their own client, so nothing here imports lib/db (server-only).
 */
export type EmailContext = { db: PrismaClient; siteUrl: string };

export type EmailAttachment = { filename: string; content: string; contentType: string };

export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
  /**
   * A stable identity for this one email (letters, digits and dashes), given
   * by the job queue: it becomes the Message-ID, so a mail program can tell a
   * resent copy for what it is, and in outbox mode a second send of the same
   * email writes nothing.
   */
  key?: string;
};

export type SentEmail = {
  /** "smtp" when handed to the mail server; "outbox" when saved to a file because SMTP_URL is not set. */
  transport: "smtp" | "outbox";
  /** The message's Message-ID header. */
  id: string;
  /** The .eml file written, in outbox mode. */
  file?: string;
};

// One SMTP transporter for the process, so connections and settings are
// reused; replaced only when SMTP_URL changes (tests point it at their own
// server between cases).
let smtp: { url: string; transporter: Transporter<SMTPTransport.SentMessageInfo> } | undefined;

function smtpTransporter(url: string): Transporter<SMTPTransport.SentMessageInfo> {
  if (smtp?.url !== url) {
    smtp?.transporter.close();
    smtp = { url, transporter: nodemailer.createTransport(url) };
  }
  return smtp.transporter;
}

/**
 * Sends an email through SMTP when SMTP_URL is set. Without it (the
 * zero-configuration start) the complete message is written as an .eml file
 * to the outbox folder, which any mail program can open, and a line is logged.
 */
export async function sendEmail(message: EmailMessage): Promise<SentEmail> {
  const settings = emailSettings();
  const { key, ...content } = message;
  if (key !== undefined && !/^[A-Za-z0-9-]{1,100}$/.test(key)) throw new Error(`Not an email key: ${key}`);
  const mail = { ...content, from: settings.EMAIL_FROM, ...(key ? { messageId: `<${key}@${messageIdDomain(settings.EMAIL_FROM)}>` } : {}) };

  if (settings.SMTP_URL) {
    const info = await smtpTransporter(settings.SMTP_URL).sendMail(mail);
    return { transport: "smtp", id: info.messageId };
  }

  // The stream transport builds the same RFC 822 message SMTP would carry;
  // CRLF line ends as the standard asks.
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" }).sendMail(mail);
  const { file, earlier } = await saveToOutbox(path.resolve(settings.EMAIL_OUTBOX_DIR), built.message, key);
  if (earlier) return { transport: "outbox", id: built.messageId, file };
  console.info(`Email not sent (SMTP_URL is not set): "${message.subject}" to ${message.to} saved to ${file}`);
  return { transport: "outbox", id: built.messageId, file };
}

/** The domain of the sender's address, for Message-IDs (RFC 5322 suggests one the sender controls). */
function messageIdDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "cpdweek.localhost";
}
