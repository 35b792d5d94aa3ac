import type { Audience } from "../../generated/prisma/enums";
import { sessionCpdHours } from "../../programme/cpd-hours";
import { eventDayKeys, localDayKey } from "../../programme/event-time";

// The week at a glance, worked out from a handful of rows the database has
// already grouped (see get-dashboard.ts). No database here, so every figure
// can be checked on its own.

export type DashboardSessionRow = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  cpdHours: { toString(): string } | null;
  audiences: Audience[];
  themeId: string | null;
};

export type DashboardThemeRow = { id: string; name: string; colour: string };

/** One row of `registration.groupBy({ by: ["sessionId", "status", "attendance"] })`. */
export type RegistrationCountRow = {
  sessionId: string;
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  attendance: "UNMARKED" | "ATTENDED" | "ABSENT";
  count: number;
};

export type SessionFigures = {
  id: string;
  title: string;
  startsAt: Date;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  /** Confirmed ÷ capacity, 0 to 1; null for unlimited places. */
  fillRate: number | null;
};

export type Headline = {
  sessionsPublished: number;
  registrationsConfirmed: number;
  waitlisted: number;
  attended: number;
  absent: number;
  /** Attended ÷ (attended + not attended); null while nobody has been marked. */
  attendanceRate: number | null;
  /** Confirmed places on sessions that have ended whose attendance is not yet marked. */
  unmarkedPast: number;
  /** Sum over attended registrations of the session's CPD hours. */
  cpdHoursAwarded: number;
};

export type CountByKey<Key extends string = string> = { key: Key; label: string; count: number };

export type DashboardFigures = {
  headline: Headline;
  byDay: CountByKey[];
  byTheme: (CountByKey & { colour: string | null })[];
  byAudience: CountByKey<Audience>[];
  sessions: SessionFigures[];
  waitingLists: SessionFigures[];
};

type Input = {
  event: { startDate: Date; endDate: Date; timeZone: string; audiences: Audience[] };
  /** The week's published sessions (drafts and cancelled sessions are not counted). */
  sessions: DashboardSessionRow[];
  themes: DashboardThemeRow[];
  counts: RegistrationCountRow[];
  /** In a fixed order, e.g. the Audience enum's. */
  audienceOrder: readonly Audience[];
  now: Date;
  /** Names for things that have none in the data. */
  labels: { noTheme: string; audience: (audience: Audience) => string; day: (dayKey: string) => string };
};

/** Sums that are exact in hundredths (CPD hours are stored to two decimal places). */
function addHours(total: number, hours: number): number {
  return Math.round((total + hours) * 100) / 100;
}

export function aggregateDashboard(input: Input): DashboardFigures {
  const { event, sessions, themes, counts, now, labels } = input;
  const published = new Map(sessions.map((session) => [session.id, session]));

  const confirmed = new Map<string, number>();
  const waitlisted = new Map<string, number>();
  const headline: Headline = {
    sessionsPublished: sessions.length,
    registrationsConfirmed: 0,
    waitlisted: 0,
    attended: 0,
    absent: 0,
    attendanceRate: null,
    unmarkedPast: 0,
    cpdHoursAwarded: 0,
  };

  for (const row of counts) {
    const session = published.get(row.sessionId);
    if (!session || row.count === 0) continue;
    if (row.status === "WAITLISTED") {
      waitlisted.set(row.sessionId, (waitlisted.get(row.sessionId) ?? 0) + row.count);
      headline.waitlisted += row.count;
    }
    // Attendance is taken for confirmed places only: a cancelled place was never attended.
    if (row.status !== "CONFIRMED") continue;
    confirmed.set(row.sessionId, (confirmed.get(row.sessionId) ?? 0) + row.count);
    headline.registrationsConfirmed += row.count;
    if (row.attendance === "ATTENDED") {
      headline.attended += row.count;
      headline.cpdHoursAwarded = addHours(headline.cpdHoursAwarded, sessionCpdHours(session) * row.count);
    } else if (row.attendance === "ABSENT") {
      headline.absent += row.count;
    } else if (session.endsAt <= now) {
      headline.unmarkedPast += row.count;
    }
  }
  const marked = headline.attended + headline.absent;
  headline.attendanceRate = marked === 0 ? null : headline.attended / marked;

  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title));
  const sessionFigures: SessionFigures[] = ordered.map((session) => {
    const booked = confirmed.get(session.id) ?? 0;
    return {
      id: session.id,
      title: session.title,
      startsAt: session.startsAt,
      capacity: session.capacity,
      confirmed: booked,
      waitlisted: waitlisted.get(session.id) ?? 0,
      fillRate: session.capacity === null ? null : session.capacity === 0 ? 1 : Math.min(booked / session.capacity, 1),
    };
  });

  // Every day of the week, even one with nothing on it; a session outside the week's dates still counts.
  const byDayCounts = new Map<string, number>(eventDayKeys(event.startDate, event.endDate).map((day) => [day, 0]));
  for (const session of ordered) {
    const day = localDayKey(session.startsAt, event.timeZone);
    byDayCounts.set(day, (byDayCounts.get(day) ?? 0) + (confirmed.get(session.id) ?? 0));
  }
  const byDay = [...byDayCounts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, label: labels.day(key), count }));

  const byThemeCounts = new Map<string | null, number>(themes.map((theme) => [theme.id, 0]));
  for (const session of sessions) {
    byThemeCounts.set(session.themeId, (byThemeCounts.get(session.themeId) ?? 0) + (confirmed.get(session.id) ?? 0));
  }
  const byTheme: DashboardFigures["byTheme"] = themes.map((theme) => ({
    key: theme.id,
    label: theme.name,
    colour: theme.colour,
    count: byThemeCounts.get(theme.id) ?? 0,
  }));
  if (byThemeCounts.has(null)) byTheme.push({ key: "none", label: labels.noTheme, colour: null, count: byThemeCounts.get(null) ?? 0 });

  // The audiences the week is for, and any a session names besides; a registration counts once for each audience of its session.
  const audiences = new Set<Audience>([...event.audiences, ...sessions.flatMap((session) => session.audiences)]);
  const byAudience = input.audienceOrder
    .filter((audience) => audiences.has(audience))
    .map((audience) => ({
      key: audience,
      label: labels.audience(audience),
      count: sessions.filter((session) => session.audiences.includes(audience)).reduce((sum, session) => sum + (confirmed.get(session.id) ?? 0), 0),
    }));

  return {
    headline,
    byDay,
    byTheme,
    byAudience,
    sessions: sessionFigures,
    waitingLists: sessionFigures.filter((session) => session.waitlisted > 0),
  };
}

type EventChoice = { slug: string; status: "DRAFT" | "PUBLISHED"; startDate: Date; endDate: Date };

/**
 * The week the dashboard opens on: the one asked for; otherwise the published
 * week on now or coming next (as the public site leads with), else the most
 * recent published week, else the latest week of all.
 */
export function chooseDashboardEvent<Event extends EventChoice>(events: Event[], requestedSlug: string | undefined, now: Date): Event | null {
  const requested = requestedSlug ? events.find((event) => event.slug === requestedSlug) : undefined;
  if (requested) return requested;
  const today = localDayKey(now, "Europe/London");
  const byStart = [...events].sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
  const published = byStart.filter((event) => event.status === "PUBLISHED");
  const upcoming = published.find((event) => event.endDate.toISOString().slice(0, 10) >= today);
  return upcoming ?? published.at(-1) ?? byStart.at(-1) ?? null;
}
