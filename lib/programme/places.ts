export type Places =
  | { kind: "unlimited" }
  | { kind: "full" }
  | { kind: "available"; left: number };

/** What a visitor is told about room on a session: never a negative number. */
export function placesLeft(capacity: number | null, confirmedCount: number): Places {
  if (capacity === null) return { kind: "unlimited" };
  const left = capacity - confirmedCount;
  return left > 0 ? { kind: "available", left } : { kind: "full" };
}
