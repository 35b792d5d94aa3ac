import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser } from "mailparser";
import { linkSecretIn } from "./email-links";

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
  const accountSubjects = /(Finish creating your CPD Week account|You already have a CPD Week account|Set a new password for CPD Week|Resetting your CPD Week password|Confirm your email address for CPD Week|You are invited to help organise CPD Week)$/;
  const messages = await emailsTo(address, port);
  const subjects = await Promise.all(messages.map(async (message) => (await simpleParser(message)).subject ?? ""));
  return messages.filter((_message, index) => !accountSubjects.test(subjects[index] ?? ""));
}

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
