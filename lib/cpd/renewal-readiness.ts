import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays, format, subYears, addDays } from "date-fns";
import type { Regulator } from "../generated/prisma/enums";

/** Social Work England: at least this many entries each registration year… */
export const SWE_ENTRIES_REQUIRED = 2;
/** …at least this many of them reflected on with a peer. */
export const SWE_PEER_ENTRIES_REQUIRED = 1;
/** Social Care Wales (social workers): post-registration training and learning over a 3-year registration. */
export const SCW_HOURS_REQUIRED = 90;

export type ReadinessEntry = { activityDate: string; hours: number; peerReflection: boolean };

export type RenewalReadiness =
  | { kind: "SOCIAL_WORK_ENGLAND"; periodStart: string; periodEnd: string; entries: number; peerEntries: number; daysLeft: number; ready: boolean }
  | { kind: "SOCIAL_CARE_WALES"; periodStart: string; periodEnd: string; hours: number; ready: boolean }
  | { kind: "OTHER"; periodStart: string; periodEnd: string; hours: number };

const day = (date: Date) => format(date, "yyyy-MM-dd");

/**
 * How ready the person is for their regulator's next renewal, counted from
 * calendar dates in Europe/London (where all these registers run).
 * - Social Work England: the registration year runs 1 December to 30 November.
 * - Social Care Wales: hours logged in the last three years, against 90.
 * - Others: hours logged this calendar year, with no target we can vouch for.
 */
export function renewalReadiness(regulator: Regulator, entries: readonly ReadinessEntry[], now: Date): RenewalReadiness {
  const london = new TZDate(now, "Europe/London");
  const today = day(london);
  const year = london.getFullYear();
  const inPeriod = (start: string, end: string) => entries.filter((entry) => entry.activityDate >= start && entry.activityDate <= end);
  const hoursOf = (list: readonly ReadinessEntry[]) => list.reduce((sum, entry) => sum + Math.round(entry.hours * 100), 0) / 100;

  if (regulator === "SOCIAL_WORK_ENGLAND") {
    // Until 30 November the year ends this 30 November; from 1 December, next year's.
    const endYear = today <= `${year}-11-30` ? year : year + 1;
    const periodStart = `${endYear - 1}-12-01`;
    const periodEnd = `${endYear}-11-30`;
    const counted = inPeriod(periodStart, periodEnd);
    const peerEntries = counted.filter((entry) => entry.peerReflection).length;
    const daysLeft = differenceInCalendarDays(new Date(`${periodEnd}T00:00:00Z`), new Date(`${today}T00:00:00Z`));
    return { kind: "SOCIAL_WORK_ENGLAND", periodStart, periodEnd, entries: counted.length, peerEntries, daysLeft, ready: counted.length >= SWE_ENTRIES_REQUIRED && peerEntries >= SWE_PEER_ENTRIES_REQUIRED };
  }
  if (regulator === "SOCIAL_CARE_WALES") {
    const periodStart = day(addDays(subYears(new Date(`${today}T00:00:00Z`), 3), 1));
    const hours = hoursOf(inPeriod(periodStart, today));
    return { kind: "SOCIAL_CARE_WALES", periodStart, periodEnd: today, hours, ready: hours >= SCW_HOURS_REQUIRED };
  }
  const periodStart = `${year}-01-01`;
  return { kind: "OTHER", periodStart, periodEnd: today, hours: hoursOf(inPeriod(periodStart, today)) };
}
