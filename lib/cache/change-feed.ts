// What has changed since a page or a piece of data was cached, as two counters
// per server process: the programme (anything an organiser edits) and places
// (any booking, cancellation or promotion). They are bumped by PostgreSQL
// notifications (lib/cache/listen-for-changes.ts; the triggers are in the
// migration 20261207020000_change_notifications), which reach every process of
// every instance, and at once in the process that made an organiser's change
// (lib/admin/revalidate-public-pages.ts).
//
// The counters live on globalThis because two copies of this module run in one
// process: our web server's (scripts/serve.ts) and the one bundled into Next.js.

export type ChangeKind = "programme" | "places";

type Feed = {
  programme: number;
  places: number;
  /** Whether notifications are arriving: only then may anything be served from the page cache. */
  live: boolean;
  listeners: Set<(kind: ChangeKind) => void>;
};

const FEED = Symbol.for("cpd-week.change-feed");

function feed(): Feed {
  const global = globalThis as Record<symbol, Feed | undefined>;
  return (global[FEED] ??= { programme: 0, places: 0, live: false, listeners: new Set() });
}

export type ChangeVersions = { programme: number; places: number; live: boolean };

export function changeVersions(): ChangeVersions {
  const { programme, places, live } = feed();
  return { programme, places, live };
}

export function noteChange(kind: ChangeKind): void {
  const current = feed();
  current[kind] += 1;
  for (const listener of current.listeners) listener(kind);
}

/**
 * Notifications stopped (connection lost) or started (again). While they are
 * stopped the page cache serves nothing; the data cache keeps what it has, so
 * that the public programme stays readable through a database outage (ADR
 * 0006). Once they start again, what was cached may have missed changes, so
 * both count as changed.
 */
export function setFeedLive(live: boolean): void {
  const current = feed();
  current.live = live;
  if (!live) return;
  noteChange("programme");
  noteChange("places");
}

export function onChange(listener: (kind: ChangeKind) => void): () => void {
  feed().listeners.add(listener);
  return () => feed().listeners.delete(listener);
}

/** Parses a notification's payload; anything else counts as a change to everything. */
export function changeKindOf(payload: string | undefined): ChangeKind[] {
  if (payload === "places") return ["places"];
  if (payload === "programme") return ["programme"];
  return ["programme", "places"];
}

export const CHANGE_CHANNEL = "cpd_week_changes";
