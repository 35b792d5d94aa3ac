// Consistency checks of the demo data, run before writing: cheap, and they
// catch typos. The rules are the site's own where it has one (slugs, colour
// contrast, CPD hours and standards, resource links), imported from lib/.
import { utcToLocal } from "../../lib/admin/sessions/session-time";
import { slugify } from "../../lib/admin/slug";
import { contrastWithWhite } from "../../lib/admin/themes/colour-contrast";
import { isQuarterHour, maxHoursForSession, MIN_HOURS } from "../../lib/cpd/hours-bounds";
import { isStandardOf, standardsFor } from "../../lib/cpd/standards/registry";
import { AttendanceStatus, RegistrationStatus, SessionFormat, SessionStatus, UserRole } from "../../lib/generated/prisma/enums";
import { sessionCpdHours } from "../../lib/programme/cpd-hours";
import { localDayKey } from "../../lib/programme/event-time";
import { isHttpsLink, normalisedLink } from "../../lib/resources/resource-link";
import { demoAccounts, demoUsers } from "./demo-accounts";
import { demoCpdEntries, demoRegistrations } from "./demo-registrations";
import { demoResources } from "./demo-resources";
import { demoSpeakers } from "./demo-speakers";
import { DAY_MS } from "./demo-times";
import type { DemoSession } from "./demo-types";
import { welshProblems } from "./demo-week-welsh";
import { demoWeeks } from "./demo-weeks";
import { buildUpcomingWeek, UPCOMING_LEAD_DAYS, upcomingSlugs } from "./glan-usk-practice-week";
import { demoSlugs } from "./social-work-week-2025";

/**
 * WCAG 2.2 AA (1.4.3) for text: the demo's theme colours are kept dark enough
 * for white text, stricter than the 3:1 the admin form asks of a theme colour
 * (MIN_THEME_CONTRAST in lib/admin/themes/colour-contrast.ts).
 */
const WHITE_TEXT_CONTRAST = 4.5;

/**
 * Slugs longer than the 80 characters to which lib/admin/slug.ts caps a slug
 * made from a title: written whole, as the demo's links and tests name them.
 */
const UNCAPPED_SLUGS: ReadonlySet<string> = new Set([demoSlugs.worldSocialWorkDay]);

/** A session's slug is its title's (lib/admin/slug.ts), or for an uncapped slug begins with it. */
function isSlugOfTitle(slug: string, title: string): boolean {
  const expected = slugify(title);
  return slug === expected || (UNCAPPED_SLUGS.has(slug) && slugify(slug) === expected);
}

/** Throws if the demo data (as seeded at `now`) contradicts itself. Returns nothing when it is sound. */
export function checkDemoData(now: Date = new Date()): void {
  const problems: string[] = [];
  const unique = (what: string, values: string[]) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) problems.push(`duplicate ${what}: ${v}`);
      seen.add(v);
    }
  };

  const upcomingWeek = buildUpcomingWeek(now);
  const weeks = demoWeeks(now);
  const registrations = [...demoRegistrations, ...upcomingWeek.registrations];
  const allSessions = weeks.flatMap((e) => e.sessions);
  const allThemes = weeks.flatMap((e) => e.themes);
  unique(
    "event slug",
    weeks.map((e) => e.event.slug),
  );
  unique(
    "theme slug",
    allThemes.map((t) => t.slug),
  );
  unique(
    "session slug",
    allSessions.map((s) => s.slug),
  );
  unique(
    "speaker slug",
    demoSpeakers.map((s) => s.slug),
  );
  unique(
    "user email",
    demoUsers.map((u) => u.email),
  );
  unique(
    "registration",
    registrations.map((r) => `${r.sessionSlug} ${r.email}`),
  );

  const speakerSlugs = new Set(demoSpeakers.map((s) => s.slug));
  const usedSpeakers = new Set<string>();
  const emails = new Set(demoUsers.map((u) => u.email));
  const sessionsBySlug = new Map(allSessions.map((s) => [s.slug, s]));

  for (const { event, themes, sessions } of weeks) {
    const themeSlugs = new Set(themes.map((t) => t.slug));
    unique(
      `theme colour in ${event.slug}`,
      themes.map((t) => t.colour.toLowerCase()),
    );
    for (const t of themes) {
      if (!/^#[0-9a-f]{6}$/i.test(t.colour)) problems.push(`theme ${t.slug}: colour ${t.colour} is not #rrggbb`);
      else if (contrastWithWhite(t.colour) < WHITE_TEXT_CONTRAST) problems.push(`theme ${t.slug}: colour ${t.colour} is too light for white text`);
    }
    const first = event.startDate.toISOString().slice(0, 10);
    const last = event.endDate.toISOString().slice(0, 10);
    if (event.startDate.getTime() !== Date.parse(first) || event.endDate.getTime() !== Date.parse(last)) {
      problems.push(`event ${event.slug}: start and end dates must be calendar dates (UTC midnight)`);
    }
    if (last < first) problems.push(`event ${event.slug}: ends before it starts`);
    for (const s of sessions) {
      if (!isSlugOfTitle(s.slug, s.title)) problems.push(`session ${s.slug}: slug does not match title (${slugify(s.title)})`);
      if (s.themeSlug && !themeSlugs.has(s.themeSlug)) problems.push(`session ${s.slug}: theme ${s.themeSlug} not in ${event.slug}`);
      if (s.endsAt <= s.startsAt) problems.push(`session ${s.slug}: ends before it starts`);
      const day = localDayKey(s.startsAt, event.timeZone);
      if (day < first || day > last) problems.push(`session ${s.slug}: outside ${event.slug}`);
      if ((s.status === SessionStatus.CANCELLED) !== (s.cancelledAt !== null)) {
        problems.push(`session ${s.slug}: cancelledAt must be set exactly when CANCELLED`);
      }
      if (s.format !== SessionFormat.IN_PERSON && !s.joinUrl?.startsWith("https://")) {
        problems.push(`session ${s.slug}: online or hybrid without an https join link`);
      }
      if (s.format !== SessionFormat.ONLINE && !s.venue) problems.push(`session ${s.slug}: in person or hybrid without a venue`);
      s.speakers.forEach(({ slug }) => {
        if (!speakerSlugs.has(slug)) problems.push(`session ${s.slug}: unknown speaker ${slug}`);
        usedSpeakers.add(slug);
      });
      unique(
        `speaker in ${s.slug}`,
        s.speakers.map((x) => x.slug),
      );
    }
    // No two live sessions overlap on the same day unless they differ in format.
    const live = sessions.filter((s) => s.status === SessionStatus.PUBLISHED);
    for (let i = 0; i < live.length; i++) {
      for (let j = i + 1; j < live.length; j++) {
        const a = live[i]!;
        const b = live[j]!;
        if (a.startsAt < b.endsAt && b.startsAt < a.endsAt && a.format === b.format) {
          problems.push(`sessions ${a.slug} and ${b.slug} overlap`);
        }
      }
    }
  }
  for (const slug of speakerSlugs) if (!usedSpeakers.has(slug)) problems.push(`speaker ${slug} has no session`);

  for (const r of registrations) {
    if (!sessionsBySlug.has(r.sessionSlug)) problems.push(`registration for unknown session ${r.sessionSlug}`);
    if (!emails.has(r.email)) problems.push(`registration for unknown user ${r.email}`);
    if ((r.status === RegistrationStatus.WAITLISTED) !== (r.waitlistPosition !== null)) {
      problems.push(`registration ${r.sessionSlug} ${r.email}: waitlistPosition must be set exactly when WAITLISTED`);
    }
    if ((r.status === RegistrationStatus.CANCELLED) !== (r.cancelledAt !== null)) {
      problems.push(`registration ${r.sessionSlug} ${r.email}: cancelledAt must be set exactly when CANCELLED`);
    }
    // Attendance is marked on confirmed places, from the session's start (the register at the door), never in the future.
    if ((r.attendance !== AttendanceStatus.UNMARKED) !== (r.attendanceMarkedAt !== null)) {
      problems.push(`registration ${r.sessionSlug} ${r.email}: attendanceMarkedAt must be set exactly when attendance is marked`);
    }
    const session = sessionsBySlug.get(r.sessionSlug);
    if (r.attendanceMarkedAt && session) {
      if (r.status !== RegistrationStatus.CONFIRMED)
        problems.push(`registration ${r.sessionSlug} ${r.email}: attendance marked on a place that is not confirmed`);
      if (r.attendanceMarkedAt < session.startsAt || r.attendanceMarkedAt > now) {
        problems.push(`registration ${r.sessionSlug} ${r.email}: attendance marked before the session started or in the future`);
      }
    }
  }

  // CPD entries: one per attended registration, standards of the person's regulator, hours the form would accept.
  unique(
    "CPD entry",
    demoCpdEntries.map((c) => `${c.sessionSlug} ${c.email}`),
  );
  for (const c of demoCpdEntries) {
    const what = `CPD entry ${c.sessionSlug} ${c.email}`;
    const registration = registrations.find((r) => r.sessionSlug === c.sessionSlug && r.email === c.email);
    const session = sessionsBySlug.get(c.sessionSlug);
    const user = demoUsers.find((u) => u.email === c.email);
    if (!registration || registration.status !== RegistrationStatus.CONFIRMED || registration.attendance !== AttendanceStatus.ATTENDED) {
      problems.push(`${what}: not for a confirmed, attended registration`);
    }
    if (user && !c.standards.every((code) => isStandardOf(standardsFor(user.regulator), code))) {
      problems.push(`${what}: standards not all in ${user.regulator}'s list`);
    }
    if (session && (c.hours < MIN_HOURS || !isQuarterHour(c.hours) || c.hours > maxHoursForSession(sessionCpdHours(session)))) {
      problems.push(`${what}: ${c.hours} hours is not a quarter hour within the session's bound`);
    }
    if (!c.learning.trim() || !c.impact.trim()) problems.push(`${what}: learning and impact are required`);
    if (session && (c.loggedAt < session.endsAt || c.loggedAt > now)) problems.push(`${what}: logged before the session ended or in the future`);
  }
  for (const s of allSessions) {
    const regs = registrations.filter((r) => r.sessionSlug === s.slug);
    const confirmed = regs.filter((r) => r.status === RegistrationStatus.CONFIRMED).length;
    const waitlist = regs
      .filter((r) => r.status === RegistrationStatus.WAITLISTED)
      .map((r) => r.waitlistPosition)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    if (s.capacity !== null && confirmed > s.capacity) problems.push(`session ${s.slug}: ${confirmed} confirmed > ${s.capacity} places`);
    if (waitlist.length && (s.capacity === null || confirmed < s.capacity)) {
      problems.push(`session ${s.slug}: waiting list while places are left`);
    }
    waitlist.forEach((p, i) => {
      if (p !== i + 1) problems.push(`session ${s.slug}: waiting list positions are not 1..n`);
    });
  }

  // Demo accounts: lower-case emails (as stored), and the ones to sign in with have a password.
  for (const u of demoUsers) if (u.email !== u.email.toLowerCase()) problems.push(`user ${u.email}: email must be lower case`);
  const account = (email: string, role: UserRole) => {
    const user = demoUsers.find((u) => u.email === email);
    if (!user || user.role !== role || !user.password) problems.push(`demo account ${email}: missing, not ${role} or without a password`);
  };
  account(demoAccounts.organiser.email, UserRole.ORGANISER);
  account(demoAccounts.attendee.email, UserRole.ATTENDEE);

  // The upcoming week: Monday to Friday, at least 14 days away, and every session still bookable.
  const { event: upcoming, sessions: upcomingSessions } = upcomingWeek;
  if (upcoming.startDate.getUTCDay() !== 1 || upcoming.endDate.getTime() - upcoming.startDate.getTime() !== 4 * DAY_MS) {
    problems.push(`event ${upcoming.slug}: must run Monday to Friday`);
  }
  if (upcoming.startDate.getTime() - now.getTime() < (UPCOMING_LEAD_DAYS - 1) * DAY_MS) {
    problems.push(`event ${upcoming.slug}: starts less than ${UPCOMING_LEAD_DAYS} days after the seed runs`);
  }
  for (const s of upcomingSessions) {
    if (s.startsAt <= now) problems.push(`session ${s.slug}: in the upcoming week but not in the future`);
  }
  for (const r of upcomingWeek.registrations) {
    if (r.createdAt > now || (r.cancelledAt && r.cancelledAt > now)) problems.push(`registration ${r.sessionSlug} ${r.email}: in the future`);
  }
  const expect = (key: keyof typeof upcomingSlugs, ok: (s: DemoSession, confirmed: number, waiting: number) => boolean) => {
    const slug = upcomingSlugs[key];
    const s = upcomingSessions.find((x) => x.slug === slug);
    const regs = upcomingWeek.registrations.filter((r) => r.sessionSlug === slug);
    const confirmed = regs.filter((r) => r.status === RegistrationStatus.CONFIRMED).length;
    const waiting = regs.filter((r) => r.status === RegistrationStatus.WAITLISTED).length;
    if (!s || s.status !== SessionStatus.PUBLISHED || !ok(s, confirmed, waiting)) {
      problems.push(`upcomingSlugs.${key} (${slug}): missing, not published or not as described`);
    }
  };
  const tz = upcoming.timeZone;
  expect("open", (s, confirmed) => s.format === SessionFormat.ONLINE && s.capacity === 50 && confirmed > 0 && confirmed < 50);
  expect("lastPlace", (s, confirmed, waiting) => s.capacity === 1 && confirmed + waiting === 0);
  expect("full", (s, confirmed, waiting) => s.capacity === 3 && confirmed === 3 && waiting === 1);
  expect("unlimited", (s) => s.capacity === null);
  expect("inPerson", (s) => s.format === SessionFormat.IN_PERSON && s.capacity === 30 && !!s.venue);
  expect("lunchtime", (s) => utcToLocal(s.startsAt, tz).time === "12:30" && utcToLocal(s.endsAt, tz).time === "14:00");
  if (upcomingSessions.filter((s) => s.featured).length !== 2) problems.push(`event ${upcoming.slug}: expected 2 featured sessions`);

  // The Welsh (demo-week-welsh.ts): every key names something here, and the bilingual weeks are complete.
  problems.push(
    ...welshProblems(
      weeks,
      demoSpeakers.map((s) => s.slug),
    ),
  );

  // Slides, recordings and reading (demo-resources.ts): on sessions that exist, with links the admin form would accept.
  const sessionSlugs = new Set(weeks.flatMap((w) => w.sessions.map((s) => s.slug)));
  for (const resource of demoResources) {
    if (!sessionSlugs.has(resource.sessionSlug)) problems.push(`resource ${resource.title}: no session ${resource.sessionSlug}`);
    if (!isHttpsLink(resource.url) || resource.url !== normalisedLink(resource.url))
      problems.push(`resource ${resource.title}: ${resource.url} is not a link the admin form would store`);
  }

  if (problems.length) throw new Error(`Demo seed data is inconsistent:\n  - ${problems.join("\n  - ")}`);
}
