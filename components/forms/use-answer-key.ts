"use client";

import { useState } from "react";

/**
 * A key that changes with every answer from a form's server action. React
 * resets a form after its action runs, to the defaults it was first drawn
 * with, and a <select> keeps its first default even when re-rendered with
 * another: without a fresh form, a drop-down would silently snap back (and the
 * next save would store the wrong choice). Keying the <form> with this draws
 * it afresh, so every field shows what the answer holds.
 */
export function useAnswerKey(state: unknown): number {
  const [answered, setAnswered] = useState({ state, count: 0 });
  if (answered.state !== state) {
    const next = { state, count: answered.count + 1 };
    setAnswered(next);
    return next.count;
  }
  return answered.count;
}
