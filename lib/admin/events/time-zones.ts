export const DEFAULT_TIME_ZONE = "Europe/London";

/** The IANA zone as Intl knows it (e.g. "Europe/Kiev" → "Europe/Kyiv"), or null if Intl does not know it. */
export function canonicalTimeZone(value: string): string | null {
  if (!/^[A-Za-z0-9_+\-/]+$/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every zone the server's Intl supports, for the select; the saved value is kept even if it is an alias. */
export function timeZoneChoices(current?: string): string[] {
  const zones = [...Intl.supportedValuesOf("timeZone")];
  if (!zones.includes("UTC")) zones.push("UTC");
  if (current && !zones.includes(current)) zones.push(current);
  return zones.sort((a, b) => a.localeCompare(b));
}
