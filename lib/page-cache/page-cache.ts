import type { ChangeVersions } from "../cache/change-feed";
import type { StoredPage } from "./stored-page";

// The shared page cache of one server process: anonymous visitors' public
// pages, rendered once after each change (docs/decisions/0010). An entry is
// served while all of these hold:
// - notifications are arriving (otherwise a change could go unseen, as in a
//   database outage, and pages are rendered as before);
// - the programme has not changed since its render began;
// - places have not changed since, or the render began less than
//   PLACES_LAG_MS ago (places left may lag a booking by at most that);
// - it is younger than MAX_AGE_MS (pages that depend on the clock, such as
//   "happening now" or the week shown on the home page, move on).
// Bounded by entries and bytes; the least recently used go first.

export const PLACES_LAG_MS = 2_000;
export const MAX_AGE_MS = 60_000;

/** A page, or the fact that the address cannot be stored (a 404, say), so that it goes straight to Next.js. */
export type CacheEntry = { page: StoredPage | null; renderStartedAt: number; programme: number; places: number };

export type PageCacheOptions = { maxEntries?: number; maxBytes?: number; now?: () => number };

export class PageCache {
  private readonly entries = new Map<string, CacheEntry>();
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(options: PageCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 2_000;
    this.maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  /** The entry for `key` if it may still be served under `versions`. */
  fresh(key: string, versions: ChangeVersions): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (!versions.live || !isFresh(entry, versions, this.now())) {
      this.delete(key);
      return undefined;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Files what a render that began at `entry.renderStartedAt` produced. */
  store(key: string, entry: CacheEntry): void {
    this.delete(key);
    const size = entry.page?.size ?? 64;
    if (size > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest, old);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string, entry = this.entries.get(key)): void {
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.page?.size ?? 64;
  }
}

export function isFresh(entry: CacheEntry, versions: ChangeVersions, now: number): boolean {
  const age = now - entry.renderStartedAt;
  if (age >= MAX_AGE_MS || entry.programme !== versions.programme) return false;
  return entry.places === versions.places || age < PLACES_LAG_MS;
}
