// What organisers see of the feedback on a session or a week: counts,
// averages and the spread of each scale; the written answers only where at
// least MIN_ANSWERS_FOR_WRITTEN people answered, so that in a small group no
// one is recognised by what they wrote.

export const MIN_ANSWERS_FOR_WRITTEN = 3;

export type FeedbackAnswer = {
  relevance: number;
  quality: number;
  mostUseful: string | null;
  couldBeBetter: string | null;
  /** The person's name if they agreed to show it, else null. */
  name: string | null;
  createdAt: Date;
};

export type ScaleSummary = {
  /** Mean on the 1–5 scale, to one decimal place; null without answers. */
  average: number | null;
  /** How many answered 1, 2, 3, 4 and 5 (index 0 is 1). */
  counts: [number, number, number, number, number];
};

export type FeedbackSummary = {
  answers: number;
  relevance: ScaleSummary;
  quality: ScaleSummary;
  /** The written answers, newest first; null when there are too few answers to show them. */
  written: { mostUseful: string | null; couldBeBetter: string | null; name: string | null; createdAt: Date }[] | null;
};

function summariseScale(values: number[]): ScaleSummary {
  const counts: ScaleSummary["counts"] = [0, 0, 0, 0, 0];
  for (const value of values) if (value >= 1 && value <= 5) counts[value - 1] = (counts[value - 1] ?? 0) + 1;
  const average = values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
  return { average, counts };
}

export function summariseFeedback(answers: FeedbackAnswer[]): FeedbackSummary {
  const showWritten = answers.length >= MIN_ANSWERS_FOR_WRITTEN;
  return {
    answers: answers.length,
    relevance: summariseScale(answers.map((answer) => answer.relevance)),
    quality: summariseScale(answers.map((answer) => answer.quality)),
    written: showWritten
      ? answers
          .filter((answer) => answer.mostUseful || answer.couldBeBetter)
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
          .map(({ mostUseful, couldBeBetter, name, createdAt }) => ({ mostUseful, couldBeBetter, name, createdAt }))
      : null,
  };
}
