import { enGB } from "date-fns/locale";
import { formatDayHeading } from "../../programme/event-time";
import { exportLabels as l, fill, regulatorLabel } from "./export-labels";
import type { SampleCheckExport } from "./get-sample-check-export";

// The header of the record for a sample check, as "label: value" pairs shared
// by the PDF and the text (English, like the other exports).

const day = (value: string) => formatDayHeading(value, enGB);

const discussionLine = (discussion: { discussedOn: string; note: string | null }) => (discussion.note ? `${day(discussion.discussedOn)}: ${discussion.note}` : day(discussion.discussedOn));

/** The renewal date as the regulator counts it; null where we know no renewal date (other regulators). */
function renewalDateValue({ readiness }: SampleCheckExport): string | null {
  if (readiness.kind === "SOCIAL_WORK_ENGLAND") return fill(l.renewalDateSwe, { date: day(readiness.periodEnd) });
  if (readiness.kind !== "SOCIAL_CARE_WALES") return null;
  const renewal = readiness.renewal;
  if (!renewal.recorded) return l.notRecorded;
  return renewal.rolledForward ? fill(l.renewalDateRolled, { date: day(renewal.renewalDate), recorded: day(renewal.recordedDate) }) : day(renewal.renewalDate);
}

export function sampleCheckHeader(data: SampleCheckExport): [string, string][] {
  const { readiness } = data;
  const noRenewalDate = readiness.kind === "SOCIAL_CARE_WALES" && !readiness.renewal.recorded;
  const period = fill(noRenewalDate ? l.periodLastThreeYears : l.periodRange, { start: day(readiness.periodStart), end: day(readiness.periodEnd) });
  const renewal = renewalDateValue(data);
  return [
    [l.name, data.profile.name],
    [l.regulator, regulatorLabel(data.profile.regulator)],
    [l.registrationNumber, data.profile.registrationNumber ?? l.notRegistered],
    ...(renewal === null ? [] : [[l.renewalDate, renewal] as [string, string]]),
    // Other regulators' periods are this calendar year, not a registration period we know.
    [readiness.kind === "OTHER" ? l.period : l.periodCovered, period],
    [l.lastDiscussion, data.lastDiscussion ? discussionLine(data.lastDiscussion) : l.noDiscussion],
    [l.entries, String(data.totals.entries)],
    [l.totalHours, String(data.totals.hours)],
  ];
}

/** What the regulator asks, where we know it in words of our own: Social Care Wales only. */
export function sampleCheckRegulatorNote(data: SampleCheckExport): string | null {
  return data.readiness.kind === "SOCIAL_CARE_WALES" ? l.scwAsks : null;
}

/** The discussions of the period, one line each, newest first. */
export function sampleCheckDiscussionLines(data: SampleCheckExport): string[] {
  return data.discussions.length === 0 ? [l.noDiscussion] : data.discussions.map(discussionLine);
}
