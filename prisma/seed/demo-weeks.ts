// The demo weeks together, in the order the seed writes them: Social Work Week
// 2025, Practice Week 2024 (past), then Glan Usk Practice Week (upcoming).
import type { DemoWeek } from "./demo-types";
import { buildUpcomingWeek } from "./glan-usk-practice-week";
import { pastEvent, pastSessions, pastThemes } from "./practice-week-2024";
import { demoEvent, demoSessions, demoThemes } from "./social-work-week-2025";

/** The two fixed weeks, in the order they are written (the upcoming week is built by `buildUpcomingWeek`). */
export const demoEvents: DemoWeek[] = [
  { event: demoEvent, themes: demoThemes, sessions: demoSessions },
  { event: pastEvent, themes: pastThemes, sessions: pastSessions },
];

/** Every week the seed writes at `now`: the two fixed weeks, then the upcoming one. */
export function demoWeeks(now: Date = new Date()): DemoWeek[] {
  const { event, themes, sessions, observations, messages } = buildUpcomingWeek(now);
  return [...demoEvents, { event, themes, sessions, observations, messages }];
}
