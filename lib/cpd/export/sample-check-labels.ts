import type { ExportWords } from "./export-labels";
import type { SampleCheckExport } from "./get-sample-check-export";

// The header of the record for a sample check, as "label: value" pairs shared
// by the PDF and the text, in the person's language (export-labels.ts).

function discussionLine(w: ExportWords, discussion: { discussedOn: string; note: string | null }): string {
  const day = w.day(discussion.discussedOn);
  return discussion.note ? `${day}: ${discussion.note}` : day;
}

/** The renewal date as the regulator counts it; null where we know no renewal date (other regulators). */
function renewalDateValue(w: ExportWords, { readiness }: SampleCheckExport): string | null {
  if (readiness.kind === "SOCIAL_WORK_ENGLAND") return w.fill("renewalDateSwe", (language) => ({ date: language.day(readiness.periodEnd) }));
  if (readiness.kind !== "SOCIAL_CARE_WALES") return null;
  const renewal = readiness.renewal;
  if (!renewal.recorded) return w.label("notRecorded");
  return renewal.rolledForward
    ? w.fill("renewalDateRolled", (language) => ({ date: language.day(renewal.renewalDate), recorded: language.day(renewal.recordedDate) }))
    : w.day(renewal.renewalDate);
}

export function sampleCheckHeader(w: ExportWords, data: SampleCheckExport): [string, string][] {
  const { readiness } = data;
  const noRenewalDate = readiness.kind === "SOCIAL_CARE_WALES" && !readiness.renewal.recorded;
  const period = w.fill(noRenewalDate ? "periodLastThreeYears" : "periodRange", (language) => ({
    start: language.day(readiness.periodStart),
    end: language.day(readiness.periodEnd),
  }));
  const renewal = renewalDateValue(w, data);
  return [
    [w.label("name"), data.profile.name],
    [w.label("regulator"), w.regulator(data.profile.regulator)],
    [w.label("registrationNumber"), data.profile.registrationNumber ?? w.label("notRegistered")],
    ...(renewal === null ? [] : [[w.label("renewalDate"), renewal] as [string, string]]),
    // Other regulators' periods are this calendar year, not a registration period we know.
    [readiness.kind === "OTHER" ? w.label("period") : w.label("periodCovered"), period],
    [w.label("lastDiscussion"), data.lastDiscussion ? discussionLine(w, data.lastDiscussion) : w.label("noDiscussion")],
    [w.label("entries"), String(data.totals.entries)],
    [w.label("totalHours"), String(data.totals.hours)],
  ];
}

/** What the regulator asks, where we know it in words of our own: Social Care Wales only. */
export function sampleCheckRegulatorNote(w: ExportWords, data: SampleCheckExport): string | null {
  return data.readiness.kind === "SOCIAL_CARE_WALES" ? w.each((language) => language.export.scwAsks, "\n\n") : null;
}

/** The discussions of the period, one line each, newest first. */
export function sampleCheckDiscussionLines(w: ExportWords, data: SampleCheckExport): string[] {
  return data.discussions.length === 0 ? [w.label("noDiscussion")] : data.discussions.map((discussion) => discussionLine(w, discussion));
}
