// Glan Usk Practice Week (modelled on a one-minute guide to local-authority
// practice weeks): the upcoming week, dated relative to when the
// seed runs so that the demo always has sessions to book, with practice
// observations for senior leaders and a message the organisers have sent.
// Bilingual: its Welsh is in demo-week-welsh.ts.
import { TZDate } from "@date-fns/tz";
import {
  AccessProvision,
  AttendanceStatus,
  Audience,
  BookingRule,
  ObservationActivity,
  PublicationStatus,
  RegistrationStatus,
  SessionFormat,
  SessionStatus,
  SpeakerPart,
} from "../../lib/generated/prisma/enums";
import { attendeeEmail, demoAccounts } from "./demo-accounts";
import { DAY_MS, londonTime } from "./demo-times";
import type { DemoEvent, DemoMessage, DemoObservation, DemoRegistration, DemoSession, DemoTheme, DemoWeek } from "./demo-types";
import { TEAMS, teamsUrl } from "./online-meetings";
import { lines, paragraphs } from "./text";

export const UPCOMING_EVENT_SLUG = "glan-usk-practice-week";

/** The time zone of londonTime (demo-times.ts), in which the week's times are written. */
const UPCOMING_TIME_ZONE = "Europe/London";
/** The week starts on the first Monday at least this many days after the seed runs. */
export const UPCOMING_LEAD_DAYS = 14;

/** The sessions of the upcoming week that other code and tests refer to by name. */
export const upcomingSlugs = {
  /** ONLINE, Monday 14:00–15:30, capacity 50, a few confirmed: for booking, then cancelling. */
  open: "strengths-based-conversations-in-adults-services",
  /** ONLINE, Tuesday 14:00–15:00, capacity 1 and no registrations: the first to book takes the last place. */
  lastPlace: "sit-in-on-the-practice-quality-board",
  /** ONLINE, Wednesday 10:00–11:30, capacity 3: 3 confirmed and 1 on the waiting list (the demo attendee). */
  full: "small-group-coaching-writing-assessments-families-can-read",
  /** ONLINE, Monday 09:30–10:30, capacity null (unlimited places); featured. */
  unlimited: "welcome-to-glan-usk-practice-week-leaders-alongside-practice",
  /** IN_PERSON at County Hall, Pontwysg, Tuesday 10:00–12:00, capacity 30; featured. */
  inPerson: "reflective-case-discussion-senior-leaders-and-practitioners-together",
  /** ONLINE, Wednesday 12:30–14:00 (lunchtime), capacity 80, cpdHours 1.5. */
  lunchtime: "lunchtime-cpd-research-into-practice-with-our-university-partners",
  /** ONLINE, Thursday 14:00–15:00, capacity 40: only confirmed addresses at glanusk.gov.uk (the demo accounts cannot book it). */
  staffOnly: "staff-briefing-our-new-practice-framework",
  /** HYBRID, Friday 13:00–14:30, capacity 25: by invitation (codes GWENT-POLICE, up to 5, and HEALTH-BOARD), left out of the programme. */
  invitation: "partners-workshop-joint-working-at-the-front-door",
  /** ONLINE, Thursday 09:30–11:00, capacity 12: places on request, approved by an organiser. */
  approval: "supervision-masterclass-for-newly-appointed-team-managers",
} as const;

export const upcomingThemeSlugs = {
  learning: "learning-across-adults-and-childrens-services",
  leaders: "leaders-alongside-practice",
} as const;

export const upcomingThemes: DemoTheme[] = [
  {
    slug: upcomingThemeSlugs.learning,
    name: "Learning across adults' and children's services",
    summary:
      "Sharing learning and good practice between adults' and children's teams, multi-agency partners and our university partners, and hearing from the people we support.",
    colour: "#00596b",
    position: 0,
  },
  {
    slug: upcomingThemeSlugs.leaders,
    name: "Leaders alongside practice",
    summary:
      "Senior leaders spend the week with front-line practitioners: observing practice, reviewing its quality together and hearing directly from staff about their work.",
    colour: "#8f3a00",
    position: 1,
  },
];

/** Monday to Friday of the upcoming week: the first Monday at least 14 days after `now` (a UK calendar date). */
export function upcomingWeekDates(now: Date = new Date()): { days: string[]; startDate: Date; endDate: Date } {
  const today = new TZDate(now, UPCOMING_TIME_ZONE);
  const earliest = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + UPCOMING_LEAD_DAYS);
  const monday = earliest + ((8 - new Date(earliest).getUTCDay()) % 7) * DAY_MS;
  const days = [0, 1, 2, 3, 4].map((i) => new Date(monday + i * DAY_MS).toISOString().slice(0, 10));
  // Calendar dates, stored as UTC midnight like the other weeks.
  return { days, startDate: new Date(monday), endDate: new Date(monday + 4 * DAY_MS) };
}

type UpcomingSessionPlan = Omit<DemoSession, "startsAt" | "endsAt"> & {
  /** 0 = Monday … 4 = Friday. */
  day: 0 | 1 | 2 | 3 | 4;
  /** Local (Europe/London) times, HH:mm. */
  from: string;
  to: string;
};

const COUNTY_HALL = "County Hall, Heol yr Afon, Pontwysg";

const upcomingSessionPlans: UpcomingSessionPlan[] = [
  // Monday ----------------------------------------------------------------
  {
    slug: upcomingSlugs.unlimited,
    title: "Welcome to Glan Usk Practice Week: leaders alongside practice",
    summary:
      "The Director of Social Services opens the week: why senior leaders are spending it alongside front-line teams, how practice observations will work, and what we hope to learn together. Open to everyone, with no limit on places.",
    description: paragraphs(
      "Practice week is a week dedicated to learning and professional development, and a chance for senior managers to spend time with front-line practitioners in adults' and children's services.",
      lines(
        "In this opening session we’ll:",
        "- explain how practice observations will work this week, and what to expect if a senior leader joins your team",
        "- hear from the heads of adults' and children's services about what they want to learn",
        "- introduce the week's events, online and in person",
        "- agree how learning from the week will be shared afterwards.",
      ),
      "This session is open to everyone and there is no limit on places.",
    ),
    themeSlug: upcomingThemeSlugs.leaders,
    day: 0,
    from: "09:30",
    to: "10:30",
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("Z2xhbnVzay13ZWxjb21lLWxlYWRlcnM"),
    capacity: null,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "rachel-trevithick", part: SpeakerPart.HOST },
      { slug: "catrin-ellery", part: SpeakerPart.SPEAKER },
      { slug: "joseph-abara", part: SpeakerPart.SPEAKER },
    ],
    accessProvided: [AccessProvision.CAPTIONS, AccessProvision.LIVE_TRANSCRIPT],
  },
  {
    slug: upcomingSlugs.open,
    title: "Strengths-based conversations in adults' services",
    summary:
      "How community adults' teams use what matters conversations to start from people's strengths, with examples from practice and time to try the approach on a case of your own.",
    description: paragraphs(
      "Strengths-based practice starts from what matters to the person and the support around them, rather than from a list of needs to be met. Our community adults' teams have used what matters conversations for two years: here is what we have learned.",
      lines(
        "Join this session to:",
        "- hear how a senior practitioner plans and records a what matters conversation",
        "- look at examples where a strengths-based approach changed the outcome for an older person and their carer",
        "- try out the approach on a case of your own, in small groups",
        "- talk about what gets in the way, and how managers can help.",
      ),
    ),
    themeSlug: upcomingThemeSlugs.learning,
    day: 0,
    from: "14:00",
    to: "15:30",
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("Z2xhbnVzay1zdHJlbmd0aHMtYmFzZWQ"),
    capacity: 50,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "joseph-abara", part: SpeakerPart.CHAIR },
      { slug: "lena-wojcik", part: SpeakerPart.PRESENTER },
    ],
  },

  // Tuesday ---------------------------------------------------------------
  {
    slug: upcomingSlugs.inPerson,
    title: "Reflective case discussion: senior leaders and practitioners together",
    summary:
      "In the room at County Hall: practitioners and senior leaders talk through an anonymised case together, using a reflective model that teams can take back to supervision.",
    description: paragraphs(
      "Senior leaders rarely get to think through a case alongside the practitioners who hold it. In this in-person session, a consultant social worker presents an anonymised case from children's services and everyone in the room, from newly qualified social workers to the head of service, works through it together.",
      lines(
        "In this session you’ll:",
        "- practise a structured model for reflective case discussion",
        "- hear how decisions look from the front line and from the leadership team",
        "- talk about what helps and what hinders good decisions in a busy team",
        "- take away a model you can use in group supervision.",
      ),
      "This session takes place in person at County Hall and is not streamed online. Refreshments are provided. Places are limited to 30.",
    ),
    themeSlug: upcomingThemeSlugs.leaders,
    day: 1,
    from: "10:00",
    to: "12:00",
    format: SessionFormat.IN_PERSON,
    venue: `Learning Centre, ${COUNTY_HALL}`,
    joinUrl: null,
    capacity: 30,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "daniel-okonjo-price", part: SpeakerPart.CHAIR },
      { slug: "catrin-ellery", part: SpeakerPart.SPEAKER },
      { slug: "idris-fenwick", part: SpeakerPart.SPEAKER },
    ],
    accessProvided: [AccessProvision.STEP_FREE, AccessProvision.HEARING_LOOP, AccessProvision.QUIET_SPACE],
  },
  {
    slug: upcomingSlugs.lastPlace,
    title: "Sit in on the practice quality board",
    summary:
      "Practice observation the other way round: one practitioner joins the senior leadership team's practice quality board online, sees how audit findings are discussed, and brings a front-line view. One place only.",
    description: paragraphs(
      "During practice week senior leaders observe practice. This session turns it round: one practitioner is invited to sit in on the monthly practice quality board, where the leadership team discusses what audits and observations have found.",
      lines(
        "You’ll:",
        "- see how findings from case audits and practice observations are discussed and acted on",
        "- be invited to give a front-line view on two of the findings",
        "- have ten minutes with the Director of Social Services at the end.",
      ),
      "There is one place. If it is taken, join the waiting list: if the place comes up, it is offered to the next person on the list.",
    ),
    themeSlug: upcomingThemeSlugs.leaders,
    day: 1,
    from: "14:00",
    to: "15:00",
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("Z2xhbnVzay1xdWFsaXR5LWJvYXJk"),
    capacity: 1,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [{ slug: "rachel-trevithick", part: SpeakerPart.CHAIR }],
  },

  // Wednesday -------------------------------------------------------------
  {
    slug: upcomingSlugs.full,
    title: "Small-group coaching: writing assessments families can read",
    summary:
      "A coaching session for three practitioners: bring an assessment you have written and rework it with a consultant social worker so that the family it is about can read and understand it.",
    description: paragraphs(
      "Assessments are written about families, and increasingly for them. This small coaching group looks at how to write clearly, kindly and accurately, without losing the analysis.",
      lines(
        "In the session you’ll:",
        "- bring an anonymised extract from an assessment you have written",
        "- rework it with feedback from the coach and the others in the group",
        "- leave with a checklist for plain, respectful writing.",
      ),
      "The group is limited to three so that everyone gets time on their own writing.",
    ),
    themeSlug: upcomingThemeSlugs.learning,
    day: 2,
    from: "10:00",
    to: "11:30",
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("Z2xhbnVzay13cml0aW5nLWNvYWNoaW5n"),
    capacity: 3,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [{ slug: "idris-fenwick", part: SpeakerPart.PRESENTER }],
  },
  {
    slug: upcomingSlugs.lunchtime,
    title: "Lunchtime CPD: research into practice with our university partners",
    summary:
      "Bring your lunch: a university partner shares current research on relationship-based practice and talks with practitioners about using it in day-to-day work.",
    description: paragraphs(
      "Good research leads to good practice, but only if there are ways for it to reach the front line. In this 90-minute lunchtime session a researcher from Severnside University shares current research on relationship-based practice in adults' and children's services.",
      lines(
        "Join this session to:",
        "- hear a short summary of what the research says",
        "- talk with colleagues about what gets in the way of using research in practice, including time",
        "- share ideas for ring-fencing time to learn as a team.",
      ),
    ),
    themeSlug: upcomingThemeSlugs.learning,
    day: 2,
    from: "12:30",
    to: "14:00",
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("Z2xhbnVzay1sdW5jaHRpbWUtcmVzZWFyY2g"),
    capacity: 80,
    cpdHours: 1.5,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "daniel-okonjo-price", part: SpeakerPart.HOST },
      { slug: "nerys-baptiste", part: SpeakerPart.PRESENTER },
    ],
  },

  // Thursday --------------------------------------------------------------
  {
    slug: "safeguarding-across-agencies-learning-from-a-multi-agency-audit",
    title: "Safeguarding across agencies: learning from a multi-agency audit",
    summary:
      "What this year's multi-agency audit of safeguarding referrals found about how the council, health and police share information, and what we are changing. In the Council Chamber or online.",
    description: paragraphs(
      "Each year the council and its partners audit a sample of safeguarding referrals for adults and children together. The health board's safeguarding lead and the head of adult services share what this year's audit found.",
      lines(
        "We’ll:",
        "- look at how information moved between agencies, and where it stalled",
        "- share examples of good practice picked out by the audit",
        "- explain what each agency is changing as a result",
        "- take questions from the room and online.",
      ),
      "Join us in the Council Chamber at County Hall or online through Microsoft Teams.",
    ),
    themeSlug: upcomingThemeSlugs.learning,
    day: 3,
    from: "10:00",
    to: "11:30",
    format: SessionFormat.HYBRID,
    venue: `Council Chamber, ${COUNTY_HALL}`,
    joinUrl: teamsUrl("Z2xhbnVzay1tdWx0aS1hZ2VuY3ktYXVkaXQ"),
    capacity: 60,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS, Audience.EMPLOYERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "gwion-tallis", part: SpeakerPart.SPEAKER },
      { slug: "joseph-abara", part: SpeakerPart.SPEAKER },
    ],
  },

  // Friday ----------------------------------------------------------------
  {
    slug: "what-young-people-want-from-their-social-workers",
    title: "What young people want from their social workers",
    summary: "Care-experienced young people from Glan Usk Young Voices talk about what helped, what didn't, and what they want every social worker to know.",
    description: paragraphs(
      "Practice week is a chance to hear directly from the people who use our services. Young people from Glan Usk Young Voices lead this session, with support from their participation worker.",
      lines(
        "In this session we’ll:",
        "- hear what young people found helpful, and unhelpful, when a social worker was involved in their lives",
        "- talk about keeping in touch, changes of social worker and being listened to",
        "- leave time for questions and reflection.",
      ),
    ),
    themeSlug: upcomingThemeSlugs.learning,
    day: 4,
    from: "10:00",
    to: "11:00",
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("Z2xhbnVzay15b3VuZy12b2ljZXM"),
    capacity: 150,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.LIVED_EXPERIENCE, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [{ slug: "marged-sully", part: SpeakerPart.HOST }],
  },

  // Sessions not open to everyone (docs/decisions/0012-who-may-book.md) -----
  {
    slug: upcomingSlugs.staffOnly,
    title: "Staff briefing: our new practice framework",
    summary:
      "For the council's own staff: the Director of Social Services explains the new practice framework for adults' and children's services, what changes for teams from April, and how it will be supported.",
    description: paragraphs(
      "From April, adults' and children's services in Glan Usk will work to one practice framework, built on relationships, strengths and outcomes that matter to people. This briefing is for council staff, because it covers internal arrangements: supervision, caseload weighting and the new audit cycle.",
      lines(
        "In the briefing you'll hear:",
        "- what the framework asks of practitioners and managers",
        "- what changes in supervision and case recording, and when",
        "- how teams will be supported, including protected learning time",
        "- how to raise questions and concerns.",
      ),
      "Sign in with your council email address (ending glanusk.gov.uk) to book.",
    ),
    themeSlug: upcomingThemeSlugs.leaders,
    day: 3,
    from: "14:00",
    to: "15:00",
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("Z2xhbnVzay1zdGFmZi1icmllZmluZw"),
    capacity: 40,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "catrin-ellery", part: SpeakerPart.SPEAKER },
      { slug: "joseph-abara", part: SpeakerPart.SPEAKER },
    ],
    booking: {
      rule: BookingRule.EMAIL_DOMAIN,
      domains: ["glanusk.gov.uk"],
      audience: "staff of Glan Usk County Council",
      audienceCy: "staff Cyngor Sir Glan Wysg",
    },
  },
  {
    slug: upcomingSlugs.invitation,
    title: "Partners' workshop: joint working at the front door",
    summary:
      "A workshop for the agencies we work with at the front door (police, health, education): walking through three anonymised referrals together to agree how information should flow.",
    description: paragraphs(
      "Most safeguarding referrals reach the council's front door from partner agencies. This workshop brings together people who make and receive those referrals to look at three anonymised cases, step by step.",
      lines(
        "Together we'll:",
        "- trace what each agency knew, and when",
        "- agree what a good referral contains, and what feedback referrers should get",
        "- set two or three shared actions for the coming year.",
      ),
      "Places are by invitation: each partner agency has been sent a code for its staff.",
    ),
    themeSlug: upcomingThemeSlugs.learning,
    day: 4,
    from: "13:00",
    to: "14:30",
    format: SessionFormat.HYBRID,
    venue: `Committee Room 2, ${COUNTY_HALL}`,
    joinUrl: teamsUrl("Z2xhbnVzay1wYXJ0bmVycy13b3Jrc2hvcA"),
    capacity: 25,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.EMPLOYERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [{ slug: "gwion-tallis", part: SpeakerPart.CHAIR }],
    booking: {
      rule: BookingRule.INVITATION,
      audience: "our multi-agency partners",
      audienceCy: "ein partneriaid amlasiantaethol",
      unlisted: true,
      codes: [
        { code: "GWENT-POLICE", label: "Gwent Police public protection unit", maxUses: 5 },
        { code: "HEALTH-BOARD", label: "Usk Valley University Health Board", maxUses: null },
      ],
    },
  },
  {
    slug: upcomingSlugs.approval,
    title: "Supervision masterclass for newly appointed team managers",
    summary:
      "A small, practical masterclass on reflective supervision for team managers in their first year. Places are given by the workforce development team.",
    description: paragraphs(
      "Good supervision is the single biggest support a practitioner has. This masterclass is for team managers appointed in the last year, and covers reflective supervision, recording it well, and supporting staff after difficult cases.",
      "There are twelve places. Ask for one and the workforce development team will confirm, aiming to give places across adults' and children's services.",
    ),
    themeSlug: upcomingThemeSlugs.leaders,
    day: 3,
    from: "09:30",
    to: "11:00",
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("Z2xhbnVzay1zdXBlcnZpc2lvbi1tYXN0ZXJjbGFzcw"),
    capacity: 12,
    cpdHours: null,
    audiences: [Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [{ slug: "idris-fenwick", part: SpeakerPart.PRESENTER }],
    booking: {
      rule: BookingRule.APPROVAL,
      audience: "team managers in their first year",
      audienceCy: "rheolwyr tîm yn eu blwyddyn gyntaf",
    },
  },
];

/** The week's practice observations: senior leaders alongside front-line teams (seed 002). */
const upcomingObservations: DemoObservation[] = [
  {
    team: "Children's duty and assessment, Ystrad office",
    teamCy: "Dyletswydd ac asesu plant, swyddfa Ystrad",
    activity: ObservationActivity.DUTY_SHIFT,
    description: "Sit with the duty team for a morning: calls from families and partners, screening decisions and the handover at 12:00.",
    descriptionCy: "Eistedd gyda’r tîm dyletswydd am fore: galwadau gan deuluoedd a phartneriaid, penderfyniadau sgrinio a’r trosglwyddo am 12:00.",
    format: SessionFormat.IN_PERSON,
    location: "Ystrad office, Heol y Bont, Ystrad",
    observersPerSlot: 1,
    hostName: "Rhian Powell",
    hostEmail: "rhian.powell@glanusk.gov.uk",
    slots: [
      { day: 1, from: "09:00", to: "12:00" },
      { day: 2, from: "09:00", to: "12:00" },
      { day: 3, from: "09:00", to: "12:00" },
    ],
  },
  {
    team: "Community adults' team north",
    teamCy: "Tîm oedolion cymunedol y gogledd",
    activity: ObservationActivity.HOME_VISIT,
    description: "Join a social worker on a review visit to an older person living at home, with their consent. Meet at the community hub first.",
    descriptionCy:
      "Ymuno â gweithiwr cymdeithasol ar ymweliad adolygu â pherson hŷn sy’n byw gartref, gyda’i ganiatâd. Cyfarfod yn yr hyb cymunedol yn gyntaf.",
    format: SessionFormat.IN_PERSON,
    location: "Pontwysg community hub, Stryd y Farchnad",
    observersPerSlot: 1,
    hostName: "Huw Bevan",
    hostEmail: "huw.bevan@glanusk.gov.uk",
    slots: [
      { day: 0, from: "14:00", to: "16:00" },
      { day: 3, from: "10:00", to: "12:00" },
    ],
  },
  {
    team: "Hospital discharge team",
    teamCy: "Tîm rhyddhau o’r ysbyty",
    activity: ObservationActivity.TEAM_MEETING,
    description: "The team's morning meeting with ward staff, planning who can go home that day and what support they need.",
    descriptionCy: "Cyfarfod boreol y tîm gyda staff y wardiau, yn cynllunio pwy all fynd adref y diwrnod hwnnw a pha gymorth sydd ei angen arnyn nhw.",
    format: SessionFormat.ONLINE,
    location: "Microsoft Teams: the host sends the link",
    observersPerSlot: 2,
    hostName: "Sara Jenkins",
    hostEmail: "sara.jenkins@glanusk.gov.uk",
    slots: [{ day: 2, from: "09:15", to: "10:00" }],
  },
];

/**
 * Glan Usk Practice Week as seeded at `now`: Monday to Friday of the first week
 * starting at least 14 days later, so every session can still be booked, with
 * a few registrations made since it was published.
 */
export function buildUpcomingWeek(now: Date = new Date()): DemoWeek & { registrations: DemoRegistration[] } {
  const { days, startDate, endDate } = upcomingWeekDates(now);
  const publishedAt = new Date(now.getTime() - 21 * DAY_MS);

  const event: DemoEvent = {
    slug: UPCOMING_EVENT_SLUG,
    title: "Glan Usk Practice Week",
    summary:
      "A week of learning for everyone in Glan Usk's adults' and children's services: free events online through Microsoft Teams and a few in person at County Hall, while senior leaders spend time alongside front-line practitioners.",
    description: paragraphs(
      "Practice week is a week dedicated to learning and professional development, and an opportunity for senior managers to spend time with front-line practitioners.",
      lines(
        "There are two parts to the week:",
        "- senior leaders observe practice with teams across adults' and children's services, and review its quality and consistency together",
        "- a programme of events to share learning and good practice across adults' and children's services, with our university and multi-agency partners.",
      ),
      "The purpose of the week is to help us learn, and to improve services and outcomes for the children, adults and families we work with. Senior leaders hear directly from the people who use our services, and from staff, about the work they do.",
      "Most events are online, through Microsoft Teams. A few take place in person at County Hall, Pontwysg.",
    ),
    startDate,
    endDate,
    timeZone: UPCOMING_TIME_ZONE,
    audienceNote: [
      "children's and adults' social workers",
      "the wider social care workforce",
      "team managers and senior leaders",
      "multi-agency partners",
      "university partners, students and researchers",
    ],
    audiences: [
      Audience.PRACTITIONERS,
      Audience.SOCIAL_CARE_WORKFORCE,
      Audience.MANAGERS_AND_LEADERS,
      Audience.STUDENTS_AND_EDUCATORS,
      Audience.LIVED_EXPERIENCE,
      Audience.EMPLOYERS,
    ],
    organiserName: "Glan Usk County Council",
    status: PublicationStatus.PUBLISHED,
    publishedAt,
  };

  const sessions: DemoSession[] = upcomingSessionPlans.map(({ day, from, to, ...session }) => {
    const date = days[day]!;
    return { ...session, startsAt: londonTime(date, from), endsAt: londonTime(date, to) };
  });

  const registrations: DemoRegistration[] = [];
  let clock = publishedAt.getTime() + 2 * 60 * 60 * 1000;
  const add = (
    sessionSlug: string,
    who: number | string,
    status: RegistrationStatus,
    extra: Partial<Pick<DemoRegistration, "waitlistPosition" | "cancelledAt">> = {},
  ) => {
    clock += 53 * 60 * 1000; // registrations arrive in order, a little apart, soon after publication
    registrations.push({
      sessionSlug,
      email: typeof who === "number" ? attendeeEmail(who) : who,
      status,
      waitlistPosition: extra.waitlistPosition ?? null,
      attendance: AttendanceStatus.UNMARKED,
      attendanceMarkedAt: null,
      cancelledAt: extra.cancelledAt ?? null,
      createdAt: new Date(clock),
    });
  };
  const alex = demoAccounts.attendee.email;

  for (const n of [1, 2, 7, 11, 15]) add(upcomingSlugs.unlimited, n, RegistrationStatus.CONFIRMED);
  for (const n of [2, 7, 12, 15]) add(upcomingSlugs.open, n, RegistrationStatus.CONFIRMED);
  // The coaching group: every place taken, and the demo attendee first on the waiting list.
  for (const n of [2, 7, 15]) add(upcomingSlugs.full, n, RegistrationStatus.CONFIRMED);
  add(upcomingSlugs.full, alex, RegistrationStatus.WAITLISTED, { waitlistPosition: 1 });
  for (const who of [alex, 4, 16]) add(upcomingSlugs.inPerson, who, RegistrationStatus.CONFIRMED);
  for (const who of [alex, 6, 13]) add(upcomingSlugs.lunchtime, who, RegistrationStatus.CONFIRMED);
  add("safeguarding-across-agencies-learning-from-a-multi-agency-audit", 4, RegistrationStatus.CONFIRMED);
  // Someone who booked and then changed their mind.
  add("safeguarding-across-agencies-learning-from-a-multi-agency-audit", 3, RegistrationStatus.CANCELLED, {
    cancelledAt: new Date(now.getTime() - DAY_MS),
  });
  // upcomingSlugs.lastPlace has no registrations: the first person to book takes its only place.

  // The organisers wrote to the people of the in-person session yesterday.
  const messages: DemoMessage[] = [
    {
      sessionSlug: upcomingSlugs.inPerson,
      subject: "Parking and the room at County Hall",
      body: "Thank you for booking. The session is in the Usk Room on the first floor; the lift is beside reception.\n\nThe visitors' car park is full by 9:30 on Tuesdays, so please use the Riverside car park (free with the code we give you at reception) or come by bus: https://www.traveline.cymru has times.\n\nIf you now cannot come, please cancel your place from your account so someone on the waiting list can have it.",
      subjectCy: "Parcio a’r ystafell yn Neuadd y Sir",
      bodyCy:
        "Diolch am gadw lle. Mae’r sesiwn yn Ystafell Wysg ar y llawr cyntaf; mae’r lifft wrth ymyl y dderbynfa.\n\nMae maes parcio’r ymwelwyr yn llawn erbyn 9:30 ar ddydd Mawrth, felly defnyddiwch faes parcio Glan yr Afon (am ddim gyda’r cod a gewch yn y dderbynfa) neu dewch ar y bws: mae’r amseroedd ar https://www.traveline.cymru.\n\nOs na allwch ddod bellach, canslwch eich lle o’ch cyfrif er mwyn i rywun ar y rhestr aros ei gael.",
      sentAt: new Date(now.getTime() - DAY_MS),
    },
  ];

  return { event, themes: upcomingThemes, sessions, registrations, observations: upcomingObservations, messages };
}
