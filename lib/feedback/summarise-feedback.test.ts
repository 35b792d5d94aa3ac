import { describe, expect, it } from "vitest";
import { summariseFeedback, type FeedbackAnswer } from "./summarise-feedback";

const answer = (relevance: number, quality: number, extra: Partial<FeedbackAnswer> = {}): FeedbackAnswer => ({
  relevance,
  quality,
  mostUseful: null,
  couldBeBetter: null,
  name: null,
  createdAt: new Date("2026-03-18T12:00:00Z"),
  ...extra,
});

describe("summariseFeedback", () => {
  it("counts each point of both scales and averages them to one decimal place", () => {
    const summary = summariseFeedback([answer(5, 4), answer(4, 4), answer(2, 5)]);
    expect(summary.answers).toBe(3);
    expect(summary.relevance).toEqual({ average: 3.7, counts: [0, 1, 0, 1, 1] });
    expect(summary.quality).toEqual({ average: 4.3, counts: [0, 0, 0, 2, 1] });
  });

  it("holds back written answers until at least 3 people answered", () => {
    const two = summariseFeedback([answer(5, 5, { mostUseful: "The case study" }), answer(3, 3, { couldBeBetter: "Longer" })]);
    expect(two.written).toBeNull();
    const three = summariseFeedback([
      answer(5, 5, { mostUseful: "The case study", createdAt: new Date("2026-03-18T12:00:00Z") }),
      answer(3, 3, { couldBeBetter: "Longer", name: "Siân Llŷr", createdAt: new Date("2026-03-18T13:00:00Z") }),
      answer(4, 4),
    ]);
    expect(three.written).toEqual([
      { mostUseful: null, couldBeBetter: "Longer", name: "Siân Llŷr", createdAt: new Date("2026-03-18T13:00:00Z") },
      { mostUseful: "The case study", couldBeBetter: null, name: null, createdAt: new Date("2026-03-18T12:00:00Z") },
    ]);
  });

  it("has no averages without answers", () => {
    expect(summariseFeedback([])).toEqual({
      answers: 0,
      relevance: { average: null, counts: [0, 0, 0, 0, 0] },
      quality: { average: null, counts: [0, 0, 0, 0, 0] },
      written: null,
    });
  });
});
