import { changeVersions } from "../cache/change-feed";
import type { PrismaClient } from "../prisma-client";
import { publicEventWhere } from "../programme/public-visibility";

// Who may frame an embed page: the origins the organisers listed for that
// week (Event.embedOrigins), read by proxy.ts for the page's CSP
// frame-ancestors. Every other page keeps frame-ancestors 'none'.
//
// Kept in memory per week, so a page load costs no query: an entry lasts
// until the programme changes (the change feed, which also hears of changes
// made by other processes and instances), and at most 30 seconds when change
// notifications are not arriving. A week that is not published, or a lookup
// that fails (the database away), allows no one.

const MAX_AGE_MS = 30_000;
const EMBED_PATH = /^\/embed\/weeks\/([a-z0-9-]{1,200})$/;

type Entry = { origins: string[]; programme: number; at: number };
const entries = new Map<string, Entry>();

/** The week slug of an embed page's (English) path, or null for any other path. */
export function embedWeekSlug(path: string): string | null {
  return EMBED_PATH.exec(path)?.[1] ?? null;
}

export async function embedFrameAncestors(db: PrismaClient, slug: string, now = Date.now()): Promise<string[]> {
  const versions = changeVersions();
  const known = entries.get(slug);
  if (known && known.programme === versions.programme && now - known.at < MAX_AGE_MS) return known.origins;
  try {
    const week = await db.event.findFirst({ where: { ...publicEventWhere, slug }, select: { embedOrigins: true } });
    const origins = week?.embedOrigins ?? [];
    if (entries.size > 1_000) entries.clear();
    entries.set(slug, { origins, programme: versions.programme, at: now });
    return origins;
  } catch (error) {
    console.error("Could not read which websites may frame the programme; allowing none:", error);
    return [];
  }
}

/** After organisers change the list: this process reads it afresh at once (the others when the database tells them). */
export function forgetEmbedOrigins(): void {
  entries.clear();
}
