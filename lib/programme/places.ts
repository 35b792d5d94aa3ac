export type Places =
  | { kind: "unlimited" }
  | { kind: "full" }
  | { kind: "available"; left: number }
  /** The bookings could not be counted (the database is away): the cached programme is shown without them. */
  | { kind: "unknown" };

/** What a visitor is told about room on a session: never a negative number. */
export function placesLeft(capacity: number | null, confirmedCount: number): Places {
  if (capacity === null) return { kind: "unlimited" };
  const left = capacity - confirmedCount;
  return left > 0 ? { kind: "available", left } : { kind: "full" };
}

/**
 * The sessions with what a visitor is told about room on each; with no counts
 * (the database did not answer), "unknown", never a guess.
 */
export function withPlaces<Session extends { id: string; capacity: number | null }>(
  sessions: readonly Session[],
  counts: ReadonlyMap<string, number> | null,
): Array<Session & { places: Places }> {
  return sessions.map((session) => ({
    ...session,
    places: counts ? placesLeft(session.capacity, counts.get(session.id) ?? 0) : ({ kind: "unknown" } as const),
  }));
}
