import { randomBytes } from "node:crypto";
import { link, mkdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** What nodemailer's stream transport builds: a buffer (or a stream), as writeFile takes it. */
type MessageContent = Parameters<typeof writeFile>[1];

// The outbox folder: where emails go, as .eml files, when SMTP_URL is not set
// (the zero-configuration start, the tests, the bench).
//
// An email with a key (the job queue's emailId) is saved at most once, even
// when its job runs again after a worker was killed between saving it and
// telling the queue. The proof that it was saved is a file named after the
// key in the `.sent` folder, written under a temporary name and renamed (so
// never half there); the file people open is a second name (a hard link) for
// the same file, named by time so that the folder lists in the order emails
// were sent. Checking the key is one stat(), however full the folder: a
// listing of the folder per email grew with every email and, in a 10-minute
// soak, became most of the worker's work.

const SENT_FOLDER = ".sent";

/** Folders this process has made already; made again if someone removed one meanwhile. */
const made = new Set<string>();

async function ensureFolder(folder: string): Promise<void> {
  if (made.has(folder)) return;
  await mkdir(folder, { recursive: true });
  made.add(folder);
}

/** Runs a file operation in a folder, making the folder (again) if it is missing. */
async function inFolder<T>(folder: string, operation: () => Promise<T>): Promise<T> {
  await ensureFolder(folder);
  try {
    return await operation();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    made.delete(folder);
    await ensureFolder(folder);
    return operation();
  }
}

/** A new name in the outbox, time first: 2026-12-07T08-01-02-345Z-<key or random>.eml. */
function timedName(outbox: string, key: string | undefined): string {
  return path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, "-")}-${key ?? randomBytes(3).toString("hex")}.eml`);
}

/** Writes a file whole or not at all: under a temporary name, then renamed. */
async function writeWhole(file: string, content: MessageContent): Promise<void> {
  await writeFile(`${file}.partial`, content);
  await rename(`${file}.partial`, file);
}

/**
 * Saves a message to the outbox folder; with a key, only once. Returns the
 * file people open, and whether it was saved by an earlier call.
 */
export async function saveToOutbox(outbox: string, message: MessageContent, key?: string): Promise<{ file: string; earlier: boolean }> {
  if (!key) {
    const file = timedName(outbox, undefined);
    await inFolder(outbox, () => writeWhole(file, message));
    return { file, earlier: false };
  }
  const sentFolder = path.join(outbox, SENT_FOLDER);
  const proof = path.join(sentFolder, `${key}.eml`);
  const saved = await stat(proof).catch(() => null);
  // Saved before, and visible in the outbox (two names for one file).
  if (saved && saved.nlink >= 2) return { file: proof, earlier: true };
  if (!saved) await inFolder(sentFolder, () => writeWhole(proof, message));
  // Saved but not yet visible (stopped between the two steps): made visible now.
  const file = timedName(outbox, key);
  await inFolder(outbox, () => link(proof, file));
  return { file, earlier: Boolean(saved) };
}
