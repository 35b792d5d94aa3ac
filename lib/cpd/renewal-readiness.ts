import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { addDaysToDay, addMonthsToDay, addYearsToDay, daysFromTo } from "../dates/day-arithmetic";
import type { Regulator } from "../generated/prisma/enums";

// The regulators' rules as they stand, each with where it was read and when.
// Check them again when a regulator announces a change, and keep the README's
// "CPD record" section in step.
//
// Social Work England (checked 2026-12-06):
// - https://www.socialworkengland.org.uk/cpd/cpd-guidance/ (the copy read is
//   the guidance for the registration year 1 December 2022 to 30 November
//   2023): the registration year runs 1 December to 30 November, renewal is
//   annual, at least 2 pieces of CPD a year, at least 1 with a peer reflection.
// - Research in Practice, "Social work CPD renewal window open" (1 September
//   2025, https://www.researchinpractice.org.uk/all/news-views/2025/september/social-work-cpd-renewal-window-open):
//   the same rule for the 2025 renewal, deadline 30 November. Community Care
//   reported in 2025 that Social Work England will consult on reforming CPD in
//   2026-27; nothing authoritative about a change was found.
//
// Social Care Wales (checked 2026-12-06):
// - https://socialcare.wales/registration/continuing-professional-development-cpd:
//   keep a record of your CPD and discuss it regularly with your manager; you
//   do not send it unless you are chosen as part of a sample to check. No
//   number of hours, and no interval for the discussion, is given.
// - https://socialcare.wales/registration/renewal: registration lasts up to
//   three years and is renewed every three years; the application opens 86
//   days before the renewal date and must be completed at least 21 days before
//   it; registration lapses one day after the renewal date if not renewed.
// - The change took effect on 1 April 2025 (Community Care, "90 hours of CPD
//   requirement dropped for social workers in Wales", 1 April 2025): at
//   renewal registrants confirm that their learning is up to date and in line
//   with the Code of Professional Practice (standard 6.9). Until then it was
//   90 hours over three years (45 for social care workers); some older
//   socialcare.wales pages still said so when checked.

/** Social Work England: at least this many entries each registration year… */
export const SWE_ENTRIES_REQUIRED = 2;
/** …at least this many of them reflected on with a peer. */
export const SWE_PEER_ENTRIES_REQUIRED = 1;
/** Social Care Wales: registration is renewed every this many years. */
export const SCW_REGISTRATION_YEARS = 3;
/** Social Care Wales: the renewal application opens this many days before the renewal date… */
export const SCW_APPLICATION_OPENS_DAYS_BEFORE = 86;
/** …and must be completed at least this many days before it. */
export const SCW_COMPLETE_DAYS_BEFORE = 21;
/**
 * Our own reminder, not a regulator's rule: with no discussion of learning
 * with a manager or supervisor recorded for this long, the panel suggests one.
 * (Social Care Wales says "regularly" and gives no interval.)
 */
export const DISCUSSION_REMINDER_MONTHS = 12;

export type ReadinessEntry = { activityDate: string; hours: number; peerReflection: boolean };

export type ReadinessInput = {
  entries: readonly ReadinessEntry[];
  /** The renewal date the person recorded (yyyy-MM-dd), if any. */
  renewalDate: string | null;
  /** The day of their latest recorded discussion of their learning with a manager or supervisor. */
  lastDiscussionOn: string | null;
};

export type LearningDiscussionStatus = {
  lastOn: string | null;
  /** None recorded in the last DISCUSSION_REMINDER_MONTHS months. */
  remind: boolean;
};

/** Social Care Wales's renewal date: as recorded, or (once that has passed) three years on from it. */
export type ScwRenewal =
  | { recorded: false }
  | {
      recorded: true;
      /** The next renewal date. */
      renewalDate: string;
      /** The date as the person recorded it. */
      recordedDate: string;
      /** The recorded date has passed, so `renewalDate` is three years (or six…) after it: ask them to confirm it. */
      rolledForward: boolean;
      daysLeft: number;
      applicationOpens: string;
      completeBy: string;
    };

type Period = {
  /** The current registration period, as calendar days. */
  periodStart: string;
  periodEnd: string;
  /** Entries and their hours in the period. */
  entries: number;
  hours: number;
  discussion: LearningDiscussionStatus;
};

export type RenewalReadiness =
  | (Period & { kind: "SOCIAL_WORK_ENGLAND"; peerEntries: number; daysLeft: number; ready: boolean })
  | (Period & { kind: "SOCIAL_CARE_WALES"; renewal: ScwRenewal })
  | (Period & { kind: "OTHER" });

const todayIn = (now: Date) => format(new TZDate(now, "Europe/London"), "yyyy-MM-dd");

/**
 * Where the person stands for their regulator's next renewal, counted from
 * calendar dates in Europe/London (where all these registers run).
 * - Social Work England: the registration year 1 December to 30 November,
 *   against 2 entries, at least 1 reflected on with a peer.
 * - Social Care Wales: the three years up to the recorded renewal date (the
 *   last three years while none is recorded), with no target: the regulator
 *   asks for an up-to-date record, discussed with a manager, not a number.
 * - Others: this calendar year, with no target we can vouch for.
 * Every kind also says when learning was last discussed with a manager or supervisor.
 */
export function renewalReadiness(regulator: Regulator, input: ReadinessInput, now: Date): RenewalReadiness {
  const today = todayIn(now);
  const lastOn = input.lastDiscussionOn;
  const discussion = { lastOn, remind: lastOn === null || lastOn < addMonthsToDay(today, -DISCUSSION_REMINDER_MONTHS) };
  const inPeriod = (periodStart: string, periodEnd: string) =>
    input.entries.filter((entry) => entry.activityDate >= periodStart && entry.activityDate <= periodEnd);
  const period = (periodStart: string, periodEnd: string) => {
    const counted = inPeriod(periodStart, periodEnd);
    const hours = counted.reduce((sum, entry) => sum + Math.round(entry.hours * 100), 0) / 100;
    return { periodStart, periodEnd, entries: counted.length, hours, discussion };
  };

  if (regulator === "SOCIAL_WORK_ENGLAND") {
    // Until 30 November the year ends this 30 November; from 1 December, next year's.
    const thisYear = Number(today.slice(0, 4));
    const endYear = today <= `${thisYear}-11-30` ? thisYear : thisYear + 1;
    const year = period(`${endYear - 1}-12-01`, `${endYear}-11-30`);
    const peerEntries = inPeriod(year.periodStart, year.periodEnd).filter((entry) => entry.peerReflection).length;
    const ready = year.entries >= SWE_ENTRIES_REQUIRED && peerEntries >= SWE_PEER_ENTRIES_REQUIRED;
    return { kind: "SOCIAL_WORK_ENGLAND", ...year, peerEntries, daysLeft: daysFromTo(today, year.periodEnd), ready };
  }
  if (regulator === "SOCIAL_CARE_WALES") {
    const renewal = scwRenewal(input.renewalDate, today);
    const end = renewal.recorded ? renewal.renewalDate : today;
    return { kind: "SOCIAL_CARE_WALES", ...period(addDaysToDay(addYearsToDay(end, -SCW_REGISTRATION_YEARS), 1), end), renewal };
  }
  return { kind: "OTHER", ...period(`${today.slice(0, 4)}-01-01`, today) };
}

function scwRenewal(recordedDate: string | null, today: string): ScwRenewal {
  if (!recordedDate) return { recorded: false };
  // A date that has passed: they will have renewed (or their registration has
  // lapsed), and the next renewal is three years on. Said so on the page.
  let renewalDate = recordedDate;
  while (renewalDate < today) renewalDate = addYearsToDay(renewalDate, SCW_REGISTRATION_YEARS);
  return {
    recorded: true,
    renewalDate,
    recordedDate,
    rolledForward: renewalDate !== recordedDate,
    daysLeft: daysFromTo(today, renewalDate),
    applicationOpens: addDaysToDay(renewalDate, -SCW_APPLICATION_OPENS_DAYS_BEFORE),
    completeBy: addDaysToDay(renewalDate, -SCW_COMPLETE_DAYS_BEFORE),
  };
}
