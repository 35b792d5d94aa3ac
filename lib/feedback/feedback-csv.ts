import { writeCsv } from "../admin/csv/write-csv";
import type { Translate } from "../email/email-text";
import type { FeedbackSummary } from "./summarise-feedback";

/**
 * A session's feedback as CSV: one row per written answer (with the name only
 * where the person agreed), after a row of the counts and averages. Below
 * the threshold the written answers are left out here too.
 */
export function feedbackCsv(t: Translate, title: string, attended: number, summary: FeedbackSummary): string {
  const rows: (string | number)[][] = [
    [
      t("admin.feedback.csv.session"),
      t("admin.feedback.csv.attended"),
      t("admin.feedback.csv.answers"),
      t("admin.feedback.csv.relevance"),
      t("admin.feedback.csv.quality"),
    ],
    [title, attended, summary.answers, summary.relevance.average ?? "", summary.quality.average ?? ""],
    [],
    [t("admin.feedback.csv.given"), t("admin.feedback.csv.name"), t("admin.feedback.csv.mostUseful"), t("admin.feedback.csv.couldBeBetter")],
    ...(summary.written ?? []).map((answer) => [
      answer.createdAt.toISOString(),
      answer.name ?? t("admin.feedback.anonymous"),
      answer.mostUseful ?? "",
      answer.couldBeBetter ?? "",
    ]),
  ];
  if (!summary.written) rows.push([t("admin.feedback.csv.tooFew", { count: summary.answers })]);
  return writeCsv(rows);
}
