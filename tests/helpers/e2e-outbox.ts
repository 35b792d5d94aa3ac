import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

export function e2eOutboxDir(port: string | number = process.env.E2E_PORT ?? 3100): string {
  return path.resolve(".data", `e2e-outbox-${port}`);
}

/** The raw emails the e2e server has "sent" to an address, oldest first. */
export async function emailsTo(address: string): Promise<string[]> {
  const dir = e2eOutboxDir();
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith(".eml")).sort();
  const messages = await Promise.all(files.map((file) => readFile(path.join(dir, file), "utf8")));
  return messages.filter((message) => new RegExp(`^To: ${address.replace(/[.+]/g, "\\$&")}\\s*$`, "im").test(message));
}
