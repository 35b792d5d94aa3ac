import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser } from "mailparser";
import { messagesFor } from "../../../lib/i18n/catalogue";
import { linkSecretIn } from "../../helpers/email-links";

export function e2eOutboxDir(port: string | number = process.env.E2E_PORT ?? 3100): string {
  return path.resolve(".data", `e2e-outbox-${port}`);
}

/** The raw emails the e2e server on `port` has "sent" to an address, oldest first. */
export async function emailsTo(address: string, port?: string | number): Promise<string[]> {
  const dir = e2eOutboxDir(port);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith(".eml")).sort();
  const messages = await Promise.all(files.map((file) => readFile(path.join(dir, file), "utf8")));
  return messages.filter((message) => new RegExp(`^To: ${address.replace(/[.+]/g, "\\$&")}\\s*$`, "im").test(message));
}

/** The emails to an address that are not about the account itself (sign-up, password and invitation links). */
export async function noticesTo(address: string, port?: string | number): Promise<string[]> {
  const messages = await emailsTo(address, port);
  const subjects = await Promise.all(messages.map(async (message) => (await simpleParser(message)).subject ?? ""));
  // A bilingual subject is "Welsh / English": it is about the account if either part is.
  return messages.filter((_message, index) => !(subjects[index] ?? "").split(" / ").some((part) => ACCOUNT_SUBJECTS.has(part)));
}

/** The subjects of the emails about the account itself, in both languages, from the catalogue. */
const ACCOUNT_SUBJECTS = new Set(
  (["en", "cy"] as const).flatMap((locale) => {
    const messages = messagesFor(locale);
    const account = Object.entries(messages.account.emails)
      .filter(([key]) => key.endsWith("Subject"))
      .map(([, text]) => text);
    return [...account, messages.admin.organisers.email.subject];
  }),
);

/** An email's subject as a reader sees it (a Welsh or bilingual subject is MIME-encoded in the raw message). */
export async function subjectOf(rawEmail: string): Promise<string> {
  return (await simpleParser(rawEmail)).subject ?? "";
}

/**
 * The secret of the newest link to `linkPath` (e.g. "/sign-up/finish") emailed
 * to `address`, waiting a little for the email to be written.
 */
export async function newestLinkSecret(address: string, linkPath: string, port?: string | number): Promise<string> {
  let secret: string | null = null;
  await expect
    .poll(
      async () => {
        const messages = await emailsTo(address, port);
        for (const message of messages.reverse()) {
          secret = await linkSecretIn(message, linkPath);
          if (secret) break;
        }
        return secret;
      },
      { message: `an email to ${address} with a link to ${linkPath}`, timeout: 10_000 },
    )
    .toBeTruthy();
  return secret ?? "";
}
