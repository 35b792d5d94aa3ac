import { SessionStatus } from "../../generated/prisma/enums";

// The session list's filters and sort, read from the query string of a GET
// form, so a filtered list can be bookmarked and works without JavaScript.

export const sessionSorts = ["start", "title", "registrations", "fill"] as const;
export type SessionSort = (typeof sessionSorts)[number];

export type SessionListFilters = {
  /** Slug (or id) of the week; empty for "the current or next week". */
  event: string;
  status: SessionStatus | null;
  /** Slug of a theme of the week, "none" for sessions without a theme, or empty for all. */
  theme: string;
  q: string;
  sort: SessionSort;
};

type SearchParams = Record<string, string | string[] | undefined>;

function first(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function parseSessionListFilters(params: SearchParams): SessionListFilters {
  const status = first(params, "status").toUpperCase();
  const sort = first(params, "sort");
  return {
    event: first(params, "event").slice(0, 120),
    status: (Object.values(SessionStatus) as string[]).includes(status) ? (status as SessionStatus) : null,
    theme: first(params, "theme").slice(0, 120),
    q: first(params, "q").slice(0, 100),
    sort: (sessionSorts as readonly string[]).includes(sort) ? (sort as SessionSort) : "start",
  };
}

export type SortableSession = { title: string; startsAt: Date; confirmed: number; waitlisted: number; capacity: number | null };

/** How full a session is, 0–1; unlimited sessions count as empty so they sort after limited ones. */
export function fillRate(session: Pick<SortableSession, "confirmed" | "capacity">): number | null {
  if (session.capacity === null) return null;
  return session.confirmed / session.capacity;
}

/** Start time: earliest first. Title: A–Z. Registrations and fill: most first. Ties by start time. */
export function sortSessions<T extends SortableSession>(sessions: T[], sort: SessionSort): T[] {
  const byStart = (a: T, b: T) => a.startsAt.getTime() - b.startsAt.getTime();
  const compare: Record<SessionSort, (a: T, b: T) => number> = {
    start: (a, b) => byStart(a, b) || a.title.localeCompare(b.title, "en-GB"),
    title: (a, b) => a.title.localeCompare(b.title, "en-GB", { sensitivity: "base" }) || byStart(a, b),
    registrations: (a, b) => b.confirmed + b.waitlisted - (a.confirmed + a.waitlisted) || byStart(a, b),
    fill: (a, b) => (fillRate(b) ?? -1) - (fillRate(a) ?? -1) || byStart(a, b),
  };
  return [...sessions].sort(compare[sort]);
}
