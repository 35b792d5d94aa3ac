import { simpleParser } from "mailparser";

/**
 * The secret of the link to `path` (e.g. "/sign-up/finish") in a raw .eml
 * message, read as a mail program would (quoted-printable decoded); null when
 * the message has no such link.
 */
export async function linkSecretIn(rawEmail: string, path: string): Promise<string | null> {
  const text = (await simpleParser(rawEmail)).text ?? "";
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`).exec(text)?.[1] ?? null;
}
