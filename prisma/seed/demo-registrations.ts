// Registrations and the CPD record of the two fixed weeks: a full workshop
// with a waiting list, a few places on other sessions, cancellations, and
// registers marked in the past week. The demo attendee attended sessions of
// both weeks, one of them logged in their CPD record and the others still to
// log. (The upcoming week's registrations are dated from when the seed runs:
// see buildUpcomingWeek in glan-usk-practice-week.ts.)
import { AttendanceStatus, RegistrationStatus } from "../../lib/generated/prisma/enums";
import { attendeeEmail, demoAccounts } from "./demo-accounts";
import type { DemoCpdEntry, DemoRegistration } from "./demo-types";
import { pastSessions } from "./practice-week-2024";
import { demoSessions, demoSlugs } from "./social-work-week-2025";

/** The Social Work Week 2025 session the demo attendee attended and logged in their CPD record. */
export const DEMO_ATTENDEE_LOGGED_SESSION = "do-you-get-me";

/** When the organiser marked a session's register: twenty minutes after it ended. */
function registerMarkedAt(sessionSlug: string): Date {
  const session = [...demoSessions, ...pastSessions].find((s) => s.slug === sessionSlug);
  if (!session) throw new Error(`Demo seed: no session ${sessionSlug}`);
  return new Date(session.endsAt.getTime() + 20 * 60 * 1000);
}

function buildRegistrations(): DemoRegistration[] {
  const out: DemoRegistration[] = [];
  let clock = new Date("2025-02-18T09:00:00Z").getTime();
  const add = (
    sessionSlug: string,
    who: number | string,
    status: RegistrationStatus,
    extra: Partial<Pick<DemoRegistration, "waitlistPosition" | "attendance" | "cancelledAt" | "createdAt">> = {},
  ) => {
    clock += 37 * 60 * 1000; // registrations arrive in order, a little apart
    const attendance = extra.attendance ?? AttendanceStatus.UNMARKED;
    out.push({
      sessionSlug,
      email: typeof who === "number" ? attendeeEmail(who) : who,
      status,
      waitlistPosition: extra.waitlistPosition ?? null,
      attendance,
      attendanceMarkedAt: attendance === AttendanceStatus.UNMARKED ? null : registerMarkedAt(sessionSlug),
      cancelledAt: extra.cancelledAt ?? null,
      createdAt: extra.createdAt ?? new Date(clock),
    });
  };
  const alex = demoAccounts.attendee.email;

  // The small workshop: every place taken, then two on the waiting list.
  for (let n = 1; n <= 12; n++) add(demoSlugs.fullWorkshop, n, RegistrationStatus.CONFIRMED);
  add(demoSlugs.fullWorkshop, 13, RegistrationStatus.WAITLISTED, { waitlistPosition: 1 });
  add(demoSlugs.fullWorkshop, 14, RegistrationStatus.WAITLISTED, { waitlistPosition: 2 });

  // The mock court: a few of its 40 places taken.
  for (const n of [3, 7, 13, 15, 16]) add(demoSlugs.mockCourt, n, RegistrationStatus.CONFIRMED);

  // Some online sessions.
  for (const n of [4, 16]) add(demoSlugs.lunchtime, n, RegistrationStatus.CONFIRMED);
  for (const n of [1, 7, 8]) {
    add("consistent-values-and-changing-roles-social-work-identity-over-time", n, RegistrationStatus.CONFIRMED);
  }
  for (const n of [1, 2, 5, 9, 10]) add(demoSlugs.worldSocialWorkDay, n, RegistrationStatus.CONFIRMED);
  add(demoSlugs.unlimited, 8, RegistrationStatus.CONFIRMED);
  // The demo attendee went to the Welsh-language session, and its register was marked.
  add(DEMO_ATTENDEE_LOGGED_SESSION, alex, RegistrationStatus.CONFIRMED, { attendance: AttendanceStatus.ATTENDED });

  // Someone who registered and then changed their mind.
  add("artificial-intelligence-ai-and-social-work-balancing-innovation-and-integrity", 1, RegistrationStatus.CANCELLED, {
    cancelledAt: new Date("2025-03-12T16:20:00Z"),
  });

  // The cancelled session's registrations were cancelled with it.
  for (const n of [2, 15]) {
    add(demoSlugs.cancelled, n, RegistrationStatus.CANCELLED, { cancelledAt: new Date("2025-03-10T09:00:00Z") });
  }

  // Practice Week 2024: attendance already marked.
  const past = (sessionSlug: string, who: number | string, attendance: AttendanceStatus) =>
    add(sessionSlug, who, RegistrationStatus.CONFIRMED, {
      attendance,
      createdAt: new Date(new Date("2024-02-20T10:00:00Z").getTime() + out.length * 60 * 60 * 1000),
    });
  for (const s of pastSessions) past(s.slug, 1, AttendanceStatus.ATTENDED);
  past("senior-leaders-in-practice-observing-and-reviewing-practice-together", 2, AttendanceStatus.ATTENDED);
  past("research-into-practice-university-partners-share-current-research", 3, AttendanceStatus.ABSENT);
  // The demo attendee, who works for Glan Usk, went to two of its sessions: CPD still to log.
  past("senior-leaders-in-practice-observing-and-reviewing-practice-together", alex, AttendanceStatus.ATTENDED);
  past("what-helps-when-a-social-worker-gets-involved-hearing-from-families", alex, AttendanceStatus.ATTENDED);

  return out;
}

export const demoRegistrations: DemoRegistration[] = buildRegistrations();

/**
 * The demo attendee's CPD record: one of their attended sessions logged, with
 * the reflection Social Care Wales asks for; the others are left to log, so a
 * newcomer sees both. Certificates are not seeded: they are issued on first
 * download.
 */
export const demoCpdEntries: DemoCpdEntry[] = [
  {
    email: demoAccounts.attendee.email,
    sessionSlug: DEMO_ATTENDEE_LOGGED_SESSION,
    hours: 1,
    learning:
      "How much of what people tell us depends on the language they can use. Many Welsh speakers, older people and children especially, will not ask to speak Welsh, so being offered it without asking (the Active Offer) changes what they feel able to say. Language choice is part of an assessment, not an extra.",
    impact:
      "I will ask every person and carer at first contact which language they want to use, record it on the front sheet, and book a Welsh-speaking colleague for assessments rather than leave the person to manage in English. I will raise how our assessment template records language at the next team meeting.",
    peerNotes:
      "Talked it through with my team manager in supervision a week later; we agreed to check how language preference is recorded on the team's open cases.",
    peerReflection: true,
    // Social Care Wales Code: 1.6 language and communication needs (the Welsh language), 2.2 communicating openly, 6.5 reflecting on practice.
    standards: ["1.6", "2.2", "6.5"],
    loggedAt: new Date("2025-03-24T16:45:00Z"),
    peerConfirmedBy: {
      name: "Rhian Price",
      email: "rhian.price@demo.cpdweek.test",
      requestedAt: new Date("2025-03-24T16:50:00Z"),
      respondedAt: new Date("2025-03-25T08:55:00Z"),
    },
  },
];
