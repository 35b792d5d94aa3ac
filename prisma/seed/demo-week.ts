// Demo data: Social Care Wales's Social Work Week 2025 (from the programme it
// published), a few extra sessions so that every feature has something to
// show (a full workshop with a waiting list, an in-person mock court, a
// lunchtime session, a draft and a cancelled session), and a small past week
// so that past weeks stay browsable. Then an upcoming week, Glan Usk Practice
// Week (modelled on a one-minute guide to local-authority practice weeks),
// dated relative to when the seed runs so that the demo always has sessions
// to book; and demo accounts that can sign in (see `demoAccounts`).
//
// Social Work Week 2025 and Glan Usk Practice Week are bilingual: their Welsh
// text, and the language each session is given in, are in demo-week-welsh.ts
// (which also says what is left in English on purpose).
//
// Times: both fixed weeks fall before the clocks go forward (30 March 2025,
// 31 March 2024), so UK local time is GMT and the UTC instants below equal the
// times shown in the programme. The upcoming week's times are Europe/London
// local times, converted to UTC whichever side of a clock change they fall.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { maxHoursForSession, MIN_HOURS, isQuarterHour } from "../../lib/cpd/hours-bounds";
import { isStandardOf, standardsFor } from "../../lib/cpd/standards/registry";
import type { PrismaClient } from "../../lib/prisma-client";
import { sessionCpdHours } from "../../lib/programme/cpd-hours";
import { eventDayKeys } from "../../lib/programme/event-time";
import { isHttpsLink, normalisedLink } from "../../lib/resources/resource-link";
import type { Prisma } from "../../lib/generated/prisma/client";
import {
  AccessProvision,
  AttendanceStatus,
  ObservationActivity,
  Audience,
  BookingRule,
  CpdActivityType,
  DeliveryLanguage,
  PublicationStatus,
  Regulator,
  RegistrationStatus,
  SessionFormat,
  SessionStatus,
  SpeakerPart,
  UserRole,
} from "../../lib/generated/prisma/enums";
import { deliveryLanguages, welshProblems, welshSessions, welshSpeakers, welshThemes, welshWeeks } from "./demo-week-welsh";
import { demoResources, demoResourcesOf } from "./demo-resources";
import { lines, paragraphs } from "./text";

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type DemoSpeaker = {
  slug: string;
  name: string;
  role: string | null;
  organisation: string | null;
  bio: string;
};

export type DemoTheme = {
  slug: string;
  name: string;
  summary: string;
  /** #rrggbb, dark enough for white text. */
  colour: string;
  position: number;
};

export type DemoSession = {
  slug: string;
  title: string;
  summary: string;
  /** Paragraphs separated by a blank line; list items are lines starting "- ". */
  description: string;
  themeSlug: string | null;
  startsAt: Date;
  endsAt: Date;
  format: SessionFormat;
  venue: string | null;
  joinUrl: string | null;
  capacity: number | null;
  cpdHours: number | null;
  audiences: Audience[];
  status: SessionStatus;
  featured: boolean;
  cancelledAt: Date | null;
  /** In the order they are listed. */
  speakers: { slug: string; part: SpeakerPart }[];
  /** Who may book, when not anyone (docs/decisions/0012-who-may-book.md). */
  booking?: DemoBooking;
  /** What is already provided for access. */
  accessProvided?: AccessProvision[];
  /** It includes a peer discussion (breakout rooms): attendees may record it as peer reflection. */
  peerDiscussion?: boolean;
};

export type DemoBooking = {
  rule: BookingRule;
  domains?: string[];
  audience?: string;
  audienceCy?: string;
  unlisted?: boolean;
  codes?: { code: string; label: string; maxUses: number | null }[];
};

export type DemoEvent = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  startDate: Date;
  endDate: Date;
  timeZone: string;
  audienceNote: string[];
  audiences: Audience[];
  organiserName: string;
  status: PublicationStatus;
  publishedAt: Date | null;
};

export type DemoUser = {
  email: string;
  name: string;
  role: UserRole;
  regulator: Regulator;
  registrationNumber: string | null;
  jobRole: string | null;
  organisation: string | null;
  /** Set for the demo accounts that can sign in (see `demoAccounts`); others have no password. */
  password?: string;
  /** May book practice observations. */
  seniorLeader?: boolean;
};

/** A practice observation of the week (seed 002), its slots as day (0 = Monday) and local times. */
export type DemoObservation = {
  team: string;
  teamCy: string;
  activity: ObservationActivity;
  description: string;
  descriptionCy: string;
  format: SessionFormat;
  location: string;
  observersPerSlot: number;
  hostName: string;
  hostEmail: string;
  slots: { day: 0 | 1 | 2 | 3 | 4; from: string; to: string }[];
};

/** A message organisers sent to the confirmed people of a session (written as sent, with each copy delivered). */
export type DemoMessage = {
  sessionSlug: string;
  subject: string;
  body: string;
  subjectCy: string;
  bodyCy: string;
  sentAt: Date;
};

export type DemoWeek = { event: DemoEvent; themes: DemoTheme[]; sessions: DemoSession[]; observations?: DemoObservation[]; messages?: DemoMessage[] };

export type DemoRegistration = {
  sessionSlug: string;
  email: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  attendance: AttendanceStatus;
  /** When the organiser marked attendance: set exactly when it is ATTENDED or ABSENT. */
  attendanceMarkedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
};

/** A CPD entry logged for a session the person attended (as /account/cpd/sessions/[registrationId] saves it). */
export type DemoCpdEntry = {
  email: string;
  sessionSlug: string;
  hours: number;
  learning: string;
  impact: string;
  peerNotes: string | null;
  peerReflection: boolean;
  /** Codes from the person's regulator's list (lib/cpd/standards). */
  standards: string[];
  loggedAt: Date;
  /** The colleague who confirmed the peer discussion, through the emailed link (lib/cpd/peer). */
  peerConfirmedBy?: { name: string; email: string; requestedAt: Date; respondedAt: Date };
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** A UK local time in GMT (no daylight saving in these weeks), as a UTC instant. */
function at(day: string, time: string): Date {
  return new Date(`${day}T${time}:00Z`);
}

/** Lower case, hyphens, no quotes or apostrophes: the slug rule used for every seeded slug. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘"“”]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function teamsUrl(code: string): string {
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${code}%40thread.v2/0?context=%7b%22Tid%22%3a%22demo-cpdweek%22%7d`;
}

function zoomUrl(meetingId: string): string {
  return `https://zoom.us/j/${meetingId}?pwd=demoCpdWeek2025`;
}

const TEAMS = "Microsoft Teams";
const ZOOM = "Zoom";

// ---------------------------------------------------------------------------
// Social Work Week 2025
// ---------------------------------------------------------------------------

export const DEMO_EVENT_SLUG = "social-work-week-2025";
export const PAST_EVENT_SLUG = "practice-week-2024";

export const demoEvent: DemoEvent = {
  slug: DEMO_EVENT_SLUG,
  title: "Social Work Week 2025",
  summary:
    "Free online events from 17 to 21 March to celebrate Social Work Week, open to anyone with an interest in social work in Wales. Attending counts towards your CPD hours if you're registered with Social Care Wales.",
  description: paragraphs(
    "Between 17 and 21 March we'll be hosting events and sharing inspiring messages to celebrate Social Work Week.",
    "During the week, we'll be hosting a series of online events. These are free to attend and they’re open to anyone with an interest in social work.",
    lines(
      "The programme will be focused around three main themes:",
      "- strengthening our professional relationships",
      "- maintaining our social work identity",
      "- supporting our well-being at work.",
    ),
    "And on Tuesday 18 March we’ll be celebrating World Social Work Day.",
    "Attending the events will count towards your continuing professional development (CPD) hours, if you're registered with us.",
    "The views and opinions expressed at these workshops are those of the speakers and do not necessarily reflect the views of the organisations they represent, or the views and opinions of Social Care Wales.",
  ),
  startDate: new Date("2025-03-17"),
  endDate: new Date("2025-03-21"),
  timeZone: "Europe/London",
  audienceNote: [
    "social workers, including those practising and those looking to return to the profession",
    "social work students and educators",
    "people with lived experience of social work",
    "employers of social workers",
    "the wider social care workforce",
    "government and policy officials",
    "Social Care Wales employees and partner organisations",
  ],
  audiences: [
    Audience.PRACTITIONERS,
    Audience.STUDENTS_AND_EDUCATORS,
    Audience.MANAGERS_AND_LEADERS,
    Audience.LIVED_EXPERIENCE,
    Audience.EMPLOYERS,
    Audience.SOCIAL_CARE_WORKFORCE,
    Audience.POLICY_OFFICIALS,
  ],
  organiserName: "Social Care Wales",
  status: PublicationStatus.PUBLISHED,
  publishedAt: new Date("2025-02-17T09:00:00Z"),
};

export const demoThemeSlugs = {
  relationships: "strengthening-our-professional-relationships",
  identity: "maintaining-our-social-work-identity",
  wellBeing: "supporting-our-well-being-at-work",
} as const;

export const demoThemes: DemoTheme[] = [
  {
    slug: demoThemeSlugs.relationships,
    name: "Strengthening our professional relationships",
    summary:
      "Relationships are at the heart of social work. These sessions look at how we communicate, how we keep relationships genuine and safe, and how new ways of working affect the people we support.",
    colour: "#1d70b8",
    position: 0,
  },
  {
    slug: demoThemeSlugs.identity,
    name: "Maintaining our social work identity",
    summary:
      "What it means to be a social worker, what shapes our identity over a career, and why it matters, from students and newly qualified workers to the leaders of the profession.",
    colour: "#00703c",
    position: 1,
  },
  {
    slug: demoThemeSlugs.wellBeing,
    name: "Supporting our well-being at work",
    summary:
      "Looking after ourselves and each other: moral injury, professional kindness and compassion, and what managers and leaders can do to support well-being in their teams.",
    colour: "#6f3c97",
    position: 2,
  },
];

/** The sessions other code and tests refer to by name. */
export const demoSlugs = {
  event: DEMO_EVENT_SLUG,
  pastEvent: PAST_EVENT_SLUG,
  /** HYBRID, capacity 12, 12 confirmed and 2 on the waiting list. */
  fullWorkshop: "social-media-and-cpd-in-social-work-critical-perspectives",
  /** IN_PERSON in Cardiff, capacity 40, a few confirmed. */
  mockCourt: "mock-court-giving-evidence-with-confidence",
  /** 12:30–14:00 for managers and leaders, cpdHours 1.5. */
  lunchtime: "lunchtime-cpd-leading-for-well-being-in-social-work-teams",
  /** DRAFT: must never appear publicly. */
  draft: "closing-reflections-what-next-for-social-work-in-wales",
  /** CANCELLED, cancelledAt set. */
  cancelled: "reflective-supervision-in-a-busy-team",
  /** World Social Work Day (Tuesday 18 March), hosted by Social Work England. */
  worldSocialWorkDay: "how-do-we-use-data-to-contribute-to-the-social-work-profession-and-how-it-is-regulated",
  /** Capacity null: unlimited places. */
  unlimited: "from-placement-to-practice-students-and-practice-educators-in-conversation",
} as const;

export const demoSessions: DemoSession[] = [
  // Monday 17 March -------------------------------------------------------
  {
    slug: "consistent-values-and-changing-roles-social-work-identity-over-time",
    title: "Consistent values and changing roles - social work identity over time",
    summary:
      "Social workers at different stages of their careers discuss what social work identity means to them, whether it changes over time, and why it matters.",
    description: lines(
      "Join us for a discussion with social workers who are at different stages of their careers to:",
      "- explore what social work identity means to us and what shapes this",
      "- consider whether social work identity changes over time and in different contexts",
      "- discuss why social work identity matters.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-17", "10:00"),
    endsAt: at("2025-03-17", "11:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("NzFkYmE4ZTEtY29uc2lzdGVudC12YWx1ZXM"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "nia-edy", part: SpeakerPart.HOST },
      { slug: "cerian-twinberrow", part: SpeakerPart.HOST },
      { slug: "marian-parry-hughes", part: SpeakerPart.SPEAKER },
      { slug: "esther-chapman", part: SpeakerPart.SPEAKER },
      { slug: "samantha-stroud", part: SpeakerPart.SPEAKER },
      { slug: "heather-fitzpatrick", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "do-you-get-me",
    title: "“Do you get me?”",
    summary:
      "A session about the Welsh language in social care: how we use language differently depending on the situation, and how bilingualism and language choice add another dimension to communication.",
    description: paragraphs(
      "Join Gwenan Prysor, Director of the MA Social Work programme at Bangor University and Esyllt Crozier, Social Care Wales’s improvement and development manager for social work as they lead a session about the Welsh language in social care. They’ll discuss how complicated language can be.",
      "They’ll look at how we use language differently, depending on our situation, the setting and who we’re talking to. They’ll also examine how bilingualism and language choice can add another dimension to communication.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-17", "14:00"),
    endsAt: at("2025-03-17", "15:00"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("ZGY2MzQyYTYtZG8teW91LWdldC1tZQ"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "esyllt-crozier", part: SpeakerPart.SPEAKER },
      { slug: "gwenan-prysor", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "from-placement-to-practice-students-and-practice-educators-in-conversation",
    title: "From placement to practice: students and practice educators in conversation",
    summary:
      "Social work students and practice educators talk about placements, the first year in practice and how professional identity begins to form. Open to everyone, with no limit on places.",
    description: paragraphs(
      "What does it take to move from student to qualified social worker with your values intact? Social work students, a practice educator and a university practice learning lead talk about placements, the first year in practice and how professional identity begins to form.",
      lines(
        "Join this session to:",
        "- hear what students found most helpful, and most challenging, on placement",
        "- discuss how practice educators and teams can support reflective learning",
        "- consider how the first year in practice shapes social work identity",
        "- ask your own questions of students and educators at different stages.",
      ),
      "This session is open to everyone and there is no limit on places.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-17", "15:30"),
    endsAt: at("2025-03-17", "16:30"),
    format: SessionFormat.ONLINE,
    venue: ZOOM,
    joinUrl: zoomUrl("84512763091"),
    capacity: null,
    cpdHours: null,
    audiences: [Audience.STUDENTS_AND_EDUCATORS, Audience.PRACTITIONERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "kavita-pengelly", part: SpeakerPart.CHAIR },
      { slug: "iestyn-moravec", part: SpeakerPart.SPEAKER },
      { slug: "ffion-adebayo-jones", part: SpeakerPart.SPEAKER },
    ],
  },

  // Tuesday 18 March: World Social Work Day --------------------------------
  {
    slug: demoSlugs.worldSocialWorkDay,
    title: "“How do we use data to contribute to the social work profession and how it is regulated?”",
    summary:
      "Hosted by Social Work England on World Social Work Day: the leaders of the UK's four social work regulators discuss how regulation gathers, analyses and shares data to create positive change for the profession.",
    description: paragraphs(
      "This session is hosted by Social Work England.",
      "Join the leaders of the United Kingdom's four social work regulators as they discuss their common experiences of social work regulation. The session looks at the role regulation plays in gathering, analysing and sharing data to create positive change for the social work profession.",
      "We’re holding this session on Tuesday 18 March to celebrate World Social Work Day.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-18", "10:00"),
    endsAt: at("2025-03-18", "11:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("YTk0YjcxMmQtcmVndWxhdG9ycy1kYXRh"),
    capacity: 500,
    cpdHours: null,
    audiences: [
      Audience.PRACTITIONERS,
      Audience.MANAGERS_AND_LEADERS,
      Audience.EMPLOYERS,
      Audience.POLICY_OFFICIALS,
      Audience.STUDENTS_AND_EDUCATORS,
    ],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "colum-conway", part: SpeakerPart.PRESENTER },
      { slug: "declan-mcallister", part: SpeakerPart.PRESENTER },
      { slug: "maree-allison", part: SpeakerPart.PRESENTER },
      { slug: "sarah-mccarty", part: SpeakerPart.PRESENTER },
    ],
  },
  {
    slug: "neurodivergent-identity-in-social-work",
    title: "Neurodivergent identity in social work",
    summary:
      "Two neurodivergent social workers explore neurodivergent identity, masking and well-being, and a supervision model co-produced with neurodivergent social work students.",
    description: paragraphs(
      "Using their own lived experience as neurodivergent social workers, Florence and Fiona will explore neurodivergent identity and the neurodivergent movement.",
      lines(
        "Join this session to:",
        "- explore different neurotypes – and importantly, how they may overlap",
        "- consider some of the strengths and challenges that might be encountered and what this means for social workers’ identity inside and outside of social work",
        "- think about neurodivergence, intersectionality and double discrimination",
        "- find out how executive functioning can have an impact on social work practice",
        "- consider why people ‘mask’ and how this affects well-being, support and self-advocacy",
        "- learn about a supervision model co-produced with neurodivergent social work students, to help facilitate conversations around needs and support.",
      ),
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-18", "14:00"),
    endsAt: at("2025-03-18", "15:30"),
    format: SessionFormat.ONLINE,
    venue: ZOOM,
    joinUrl: zoomUrl("86230417755"),
    capacity: 300,
    cpdHours: null,
    audiences: [
      Audience.PRACTITIONERS,
      Audience.STUDENTS_AND_EDUCATORS,
      Audience.MANAGERS_AND_LEADERS,
      Audience.SOCIAL_CARE_WORKFORCE,
    ],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "florence-smith", part: SpeakerPart.SPEAKER },
      { slug: "fiona-mcdonald", part: SpeakerPart.SPEAKER },
    ],
  },

  // Wednesday 19 March ----------------------------------------------------
  {
    slug: "artificial-intelligence-ai-and-social-work-balancing-innovation-and-integrity",
    title: "Artificial Intelligence (AI) and social work - balancing innovation and integrity",
    summary:
      "How AI can be used in social work, the ethical questions it raises, how it affects relationships with the people we support, and the latest guidance on using it well.",
    description: lines(
      "This session will look at AI in social work.",
      "- the integration of AI in social work: how AI technologies can be used within social work and their potential advantages",
      "- ethical considerations: the ethical challenges associated with AI in social work, including issues of privacy, consent, and bias",
      "- the impact on relationships: how AI influences the dynamics between social workers and clients, and strategies to maintain trust and empathy",
      "- best practices: best practices for the ethical integration of AI in social work, making sure technology enhances the profession",
      "- the latest guidance: the latest guidelines and recommendations for using AI in social work, to make sure you’re complying with current standards and practices.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-19", "10:00"),
    endsAt: at("2025-03-19", "11:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("MmU4ZjAwNzUtYWktc29jaWFsLXdvcms"),
    capacity: 300,
    cpdHours: null,
    audiences: [
      Audience.PRACTITIONERS,
      Audience.MANAGERS_AND_LEADERS,
      Audience.EMPLOYERS,
      Audience.POLICY_OFFICIALS,
      Audience.SOCIAL_CARE_WORKFORCE,
    ],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "aimee-twinberrow", part: SpeakerPart.HOST },
      { slug: "donald-forrester", part: SpeakerPart.SPEAKER },
      { slug: "stuart-allen", part: SpeakerPart.SPEAKER },
      { slug: "glenda-george", part: SpeakerPart.SPEAKER },
      { slug: "nicki-harrison", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: demoSlugs.lunchtime,
    title: "Lunchtime CPD: leading for well-being in social work teams",
    summary:
      "A 90-minute lunchtime session for team managers and leaders on building well-being into supervision, allocation and team culture, with activities to use with your own team.",
    description: paragraphs(
      "Bring your lunch to this 90-minute session for team managers, senior practitioners and leaders. Managers and leaders play a central part in the well-being of the social workers they support, and are increasingly asked to show how they do it.",
      lines(
        "In this session we’ll:",
        "- look at what the evidence says about workload, stress and burnout in social work",
        "- share practical ways to build well-being into supervision, team meetings and caseload allocation",
        "- explore how to notice and respond when a colleague is struggling",
        "- reflect on how leaders can look after their own well-being too.",
      ),
      "The session includes short discussion activities that you can run with your own team afterwards.",
    ),
    themeSlug: demoThemeSlugs.wellBeing,
    startsAt: at("2025-03-19", "12:30"),
    endsAt: at("2025-03-19", "14:00"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("OWM1ZDIxNGYtbHVuY2h0aW1lLWNwZA"),
    capacity: 100,
    cpdHours: 1.5,
    audiences: [Audience.MANAGERS_AND_LEADERS, Audience.EMPLOYERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "anwen-castellano", part: SpeakerPart.SPEAKER },
      { slug: "marcus-delahaye", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: demoSlugs.fullWorkshop,
    title: "Social media and CPD in social work: critical perspectives",
    summary:
      "A small workshop on the benefits and pitfalls of using social media for continuing professional development, in the room in Cardiff or online. Places are limited to 12.",
    description: paragraphs(
      "A small workshop bringing together social work academics, practitioners and digital communications specialists to discuss the benefits and pitfalls of using social media as a means of continuing professional development (CPD) in social work.",
      "CPD is not always about traditional training courses or peer-reviewed research articles: what matters is the impact of learning, not necessarily the way it is delivered. Social media can open up peer support, debate and learning across the profession, but it also raises questions about professional boundaries, privacy and the quality of what we read.",
      lines(
        "In this workshop we’ll:",
        "- look at how social workers use blogs, online forums, professional networks and social media to learn and share practice",
        "- weigh up the benefits and pitfalls, including confidentiality, privacy and professional boundaries online",
        "- consider how learning through social media can be recorded and reflected on as CPD",
        "- share ideas for supporting colleagues who find digital tools daunting.",
      ),
      "Places are limited so that everyone can take part in the discussion. You can join us in the room in Cardiff or online.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-19", "14:30"),
    endsAt: at("2025-03-19", "16:30"),
    format: SessionFormat.HYBRID,
    venue: "Social Care Wales, South Gate House, Wood Street, Cardiff CF10 1EW",
    joinUrl: teamsUrl("NDNhYzE5MmUtc29jaWFsLW1lZGlhLWNwZA"),
    capacity: 12,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS, Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "elin-marchant", part: SpeakerPart.CHAIR },
      { slug: "owain-tessaro", part: SpeakerPart.SPEAKER },
      { slug: "priya-lanyon", part: SpeakerPart.SPEAKER },
    ],
  },

  // Thursday 20 March -----------------------------------------------------
  {
    slug: demoSlugs.mockCourt,
    title: "Mock court: giving evidence with confidence",
    summary:
      "A hands-on mock court in Cardiff: learn how the family court works, watch a social worker give evidence and be cross-examined, and practise presenting your evidence with confidence.",
    description: paragraphs(
      "Many social workers feel anxious about going to court, yet giving evidence is part of the job, and social workers are experts whose evidence matters. Much of the anxiety comes from not knowing what to expect. This hands-on mock court, run by legal experts and an experienced practitioner, takes you through a family court hearing in a safe setting.",
      lines(
        "In this session you’ll:",
        "- learn how the court works, its rules, language and etiquette, and what your duties are as a witness",
        "- watch a social worker give evidence and be cross-examined, pausing to discuss what went well and what could be better",
        "- practise answering questions clearly and staying focused on the evidence under pressure",
        "- pick up tips for writing statements and preparing for a hearing.",
      ),
      "This session takes place in person in Cardiff and is not streamed online. There is a short break mid-morning, with refreshments. Places are limited to 40.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-20", "09:30"),
    endsAt: at("2025-03-20", "12:00"),
    format: SessionFormat.IN_PERSON,
    venue: "Moot Court Room, Law Building, Museum Avenue, Cardiff CF10 3AX",
    joinUrl: null,
    capacity: 40,
    // Two and a half hours including a refreshment break.
    cpdHours: 2,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS],
    status: SessionStatus.PUBLISHED,
    featured: true,
    cancelledAt: null,
    speakers: [
      { slug: "mair-howells", part: SpeakerPart.CHAIR },
      { slug: "helen-ashworth-reyes", part: SpeakerPart.PRESENTER },
      { slug: "gareth-lovell", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: demoSlugs.cancelled,
    title: "Reflective supervision in a busy team",
    summary:
      "How to protect time for reflective supervision when caseloads are high, and what good supervision does for practice and well-being.",
    description: paragraphs(
      "Supervision is often the first thing to be squeezed when a team is under pressure, yet it is where social workers make sense of their work, check their decisions and look after their well-being.",
      lines(
        "In this session we’ll:",
        "- look at what makes supervision reflective rather than a case-by-case checklist",
        "- share simple tools for reflecting on decisions, intuition and bias",
        "- discuss how to protect supervision time in a busy team.",
      ),
      "We’re sorry: this session has been cancelled because the speaker is unavailable. We hope to run it later in the year.",
    ),
    themeSlug: demoThemeSlugs.wellBeing,
    startsAt: at("2025-03-20", "12:30"),
    endsAt: at("2025-03-20", "13:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("YmM3NmE5ZDAtcmVmbGVjdGl2ZS1zdXBlcnZpc2lvbg"),
    capacity: 80,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.CANCELLED,
    featured: false,
    cancelledAt: new Date("2025-03-10T09:00:00Z"),
    speakers: [{ slug: "sian-featherstone", part: SpeakerPart.SPEAKER }],
  },
  {
    slug: "relationships-and-professional-boundaries",
    title: "Relationships and professional boundaries",
    summary:
      "Alternative approaches to professional boundaries, how to build genuine and safe professional relationships, and how to make relationship-based practice a core principle in our organisations.",
    description: lines(
      "Join this session to:",
      "- consider alternative approaches to professional boundaries: we’ll talk about boundaries and relationships, reflecting on how new approaches to practice can enhance empathy and collaboration.",
      "- explore relationship-based practices: how can we develop genuine and safe professional relationships?",
      "- reflect on systemic change: we’ll discuss ways to promote relationship-based practice as a core principle in our organisations.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-20", "14:00"),
    endsAt: at("2025-03-20", "15:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("ZTFmMDM4YjItcmVsYXRpb25zaGlwcw"),
    capacity: 300,
    cpdHours: null,
    audiences: [
      Audience.PRACTITIONERS,
      Audience.STUDENTS_AND_EDUCATORS,
      Audience.MANAGERS_AND_LEADERS,
      Audience.SOCIAL_CARE_WORKFORCE,
    ],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "jay-goulding", part: SpeakerPart.HOST },
      { slug: "danica-darley", part: SpeakerPart.SPEAKER },
      { slug: "peter-blundell", part: SpeakerPart.SPEAKER },
      { slug: "nick-andrews", part: SpeakerPart.SPEAKER },
    ],
  },

  // Friday 21 March -------------------------------------------------------
  {
    slug: "moral-injury-in-social-work-the-what-the-how-and-why-it-matters",
    title: "Moral injury in social work: the what, the how, and why it matters",
    summary:
      "What moral injury is, how our identity and values relate to our beliefs and behaviours, and why professional kindness and compassion in the workplace matter.",
    description: paragraphs(
      "Join Siobhan Maclean and Thomas Kitchen to discuss moral injury in social work.",
      lines(
        "In this session, we’ll:",
        "- define moral injury and relate this to a social work context",
        "- explore how our identity and values relate to our beliefs and behaviours",
        "- discuss the importance of professional kindness and compassion in the workplace.",
      ),
    ),
    themeSlug: demoThemeSlugs.wellBeing,
    startsAt: at("2025-03-21", "10:00"),
    endsAt: at("2025-03-21", "11:00"),
    format: SessionFormat.ONLINE,
    venue: ZOOM,
    joinUrl: zoomUrl("81904526638"),
    capacity: 300,
    cpdHours: null,
    audiences: [
      Audience.PRACTITIONERS,
      Audience.MANAGERS_AND_LEADERS,
      Audience.SOCIAL_CARE_WORKFORCE,
      Audience.STUDENTS_AND_EDUCATORS,
    ],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "siobhan-maclean", part: SpeakerPart.SPEAKER },
      { slug: "thomas-kitchen", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "nothing-about-us-without-us-learning-from-lived-experience",
    title: "Nothing about us without us: learning from lived experience",
    summary:
      "People with lived experience of social work share what helped, what didn't, and what good relationships with social workers look like from the other side of the table.",
    description: paragraphs(
      "People with lived experience of social work share what helped, what didn't, and what good relationships with social workers look like from the other side of the table.",
      lines(
        "In this session we’ll:",
        "- hear from a parent and a care-experienced young person about their experiences of social work",
        "- talk about what helps people feel listened to, respected and involved in decisions",
        "- discuss how co-production can shape services, training and research",
        "- leave time for questions and reflection.",
      ),
      "People with lived experience of social work are warmly welcome. There is no limit on places; please tell us if you need any support to take part.",
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-21", "11:30"),
    endsAt: at("2025-03-21", "12:30"),
    format: SessionFormat.ONLINE,
    venue: ZOOM,
    joinUrl: zoomUrl("83377190524"),
    capacity: null,
    cpdHours: null,
    audiences: [
      Audience.LIVED_EXPERIENCE,
      Audience.PRACTITIONERS,
      Audience.STUDENTS_AND_EDUCATORS,
      Audience.SOCIAL_CARE_WORKFORCE,
    ],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "bethan-quartermain", part: SpeakerPart.HOST },
      { slug: "tomos-riordan", part: SpeakerPart.SPEAKER },
      { slug: "lowri-abernethy", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "practice-week-what-senior-leaders-learn-from-observing-practice",
    title: "Practice week: what senior leaders learn from observing practice",
    summary:
      "For employers and senior leaders: how a local authority ran a practice week, with leaders observing practice and hearing directly from staff and the people they support, and what changed as a result.",
    description: paragraphs(
      "More local authorities now hold a practice week: a week dedicated to learning and professional development, when senior leaders spend time alongside front-line practitioners, observe practice and hear directly from the people who use services and from staff.",
      lines(
        "A director of social services and a principal social worker share how they ran a practice week and what changed as a result. We’ll:",
        "- explain the two main approaches: a self-audit in which senior leaders observe and review practice, and a programme of events to share learning",
        "- discuss working with university partners, multi-agency partners and the voluntary and independent sector on a limited budget",
        "- share what senior leaders learned from observing practice, and how it fed into quality assurance",
        "- consider how to keep the conversation going after the week ends.",
      ),
    ),
    themeSlug: demoThemeSlugs.relationships,
    startsAt: at("2025-03-21", "14:00"),
    endsAt: at("2025-03-21", "15:00"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("ZjI5YTc0NWMtcHJhY3RpY2Utd2Vlaw"),
    capacity: 150,
    cpdHours: null,
    audiences: [Audience.EMPLOYERS, Audience.MANAGERS_AND_LEADERS, Audience.POLICY_OFFICIALS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "rachel-trevithick", part: SpeakerPart.PRESENTER },
      { slug: "daniel-okonjo-price", part: SpeakerPart.PRESENTER },
    ],
  },
  {
    slug: demoSlugs.draft,
    title: "Closing reflections: what next for social work in Wales?",
    summary: "Draft: a closing conversation drawing together the themes of the week.",
    description: paragraphs(
      "Draft, not yet confirmed. A closing conversation drawing together what we heard during the week about relationships, identity and well-being, and what it means for social work in Wales.",
    ),
    themeSlug: demoThemeSlugs.identity,
    startsAt: at("2025-03-21", "15:30"),
    endsAt: at("2025-03-21", "16:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("MDhkNDE2ZjMtY2xvc2luZy1yZWZsZWN0aW9ucw"),
    capacity: 300,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS],
    status: SessionStatus.DRAFT,
    featured: false,
    cancelledAt: null,
    // Morwenna Stace speaks only in this draft, so must not appear publicly either.
    speakers: [{ slug: "morwenna-stace", part: SpeakerPart.CHAIR }],
  },
];

// ---------------------------------------------------------------------------
// Practice Week 2024 (a past week)
// ---------------------------------------------------------------------------

export const pastEvent: DemoEvent = {
  slug: PAST_EVENT_SLUG,
  title: "Practice Week 2024",
  summary:
    "A week dedicated to learning and professional development for the children's and adults' social work and social care workforce, with online events and senior leaders spending time with front-line practitioners.",
  description: paragraphs(
    "Practice week is a week dedicated to learning and professional development, and an opportunity for senior managers to spend time with front-line practitioners.",
    "The purpose of practice week is to contribute to learning and to bring about improvements to service delivery and outcomes for the children, adults and families we work with. Senior leaders hear directly from the people who use services and from staff about the work they do, and university partners share current research.",
    "All events are online, through Microsoft Teams.",
  ),
  startDate: new Date("2024-03-11"),
  endDate: new Date("2024-03-15"),
  timeZone: "Europe/London",
  audienceNote: [
    "children's and adults' social workers",
    "the wider social care workforce",
    "multi-agency partners",
    "university partners and researchers",
  ],
  audiences: [
    Audience.PRACTITIONERS,
    Audience.SOCIAL_CARE_WORKFORCE,
    Audience.MANAGERS_AND_LEADERS,
    Audience.STUDENTS_AND_EDUCATORS,
  ],
  organiserName: "Glan Usk County Council",
  status: PublicationStatus.PUBLISHED,
  publishedAt: new Date("2024-02-12T09:00:00Z"),
};

export const pastThemes: DemoTheme[] = [
  {
    slug: "learning-from-practice",
    name: "Learning from practice",
    summary:
      "Sharing learning and best practice across adults' and children's services, with university partners bringing current research.",
    colour: "#912b88",
    position: 0,
  },
  {
    slug: "hearing-from-families-and-staff",
    name: "Hearing from families and staff",
    summary: "Listening directly to the people who use services, and to the staff who support them, about what works.",
    colour: "#b52a1c",
    position: 1,
  },
];

export const pastSessions: DemoSession[] = [
  {
    slug: "senior-leaders-in-practice-observing-and-reviewing-practice-together",
    title: "Senior leaders in practice: observing and reviewing practice together",
    summary:
      "How senior leaders will spend the week alongside front-line teams, observing practice and reviewing its quality and consistency together.",
    description: paragraphs(
      "During practice week senior managers spend time with front-line practitioners in adults' and children's services, observing practice and reviewing its quality and consistency as part of our quality assurance.",
      lines(
        "In this opening session we’ll:",
        "- explain how practice observations will work and what to expect",
        "- hear from practitioners about what makes an observation useful",
        "- agree how learning from the week will be shared.",
      ),
      "The last half hour is in small breakout groups: a chance to talk over what you hope to learn from the week with colleagues from other teams.",
    ),
    peerDiscussion: true,
    themeSlug: "learning-from-practice",
    startsAt: at("2024-03-11", "10:00"),
    endsAt: at("2024-03-11", "11:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("YjE0OGM2ZTQtc2VuaW9yLWxlYWRlcnM"),
    capacity: 200,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.MANAGERS_AND_LEADERS, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "rachel-trevithick", part: SpeakerPart.PRESENTER },
      { slug: "daniel-okonjo-price", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "research-into-practice-university-partners-share-current-research",
    title: "Research into practice: university partners share current research",
    summary: "University partners share current research and talk with practitioners about using it in day-to-day work.",
    description: paragraphs(
      "Good research leads to good practice, but only if there are pathways for it to reach the front line. Academics from our university partners share current research and talk with practitioners about how to use it in day-to-day work.",
      lines(
        "Join this session to:",
        "- hear short summaries of current research in adults' and children's social work",
        "- discuss what gets in the way of using research in practice, including time",
        "- share ideas for ring-fencing time to learn as a team.",
      ),
    ),
    themeSlug: "learning-from-practice",
    startsAt: at("2024-03-13", "13:00"),
    endsAt: at("2024-03-13", "14:30"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("N2E5MWYzYjEtcmVzZWFyY2gtcHJhY3RpY2U"),
    capacity: null,
    cpdHours: 1.25,
    audiences: [Audience.PRACTITIONERS, Audience.STUDENTS_AND_EDUCATORS],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "kavita-pengelly", part: SpeakerPart.CHAIR },
      { slug: "elin-marchant", part: SpeakerPart.SPEAKER },
    ],
  },
  {
    slug: "what-helps-when-a-social-worker-gets-involved-hearing-from-families",
    title: "What helps when a social worker gets involved: hearing from families",
    summary: "Parents and carers talk about what helped when a social worker became involved in their family's life.",
    description: paragraphs(
      "Practice week gives us a unique opportunity to hear directly from the people we work with. Parents and carers talk about what helped, and what didn't, when a social worker became involved in their family's life.",
      "There will be time for questions and for reflecting on what we can do differently.",
    ),
    themeSlug: "hearing-from-families-and-staff",
    startsAt: at("2024-03-15", "10:00"),
    endsAt: at("2024-03-15", "11:00"),
    format: SessionFormat.ONLINE,
    venue: TEAMS,
    joinUrl: teamsUrl("ZDNlNjI4YTctaGVhcmluZy1mYW1pbGllcw"),
    capacity: 150,
    cpdHours: null,
    audiences: [Audience.PRACTITIONERS, Audience.LIVED_EXPERIENCE, Audience.SOCIAL_CARE_WORKFORCE],
    status: SessionStatus.PUBLISHED,
    featured: false,
    cancelledAt: null,
    speakers: [
      { slug: "bethan-quartermain", part: SpeakerPart.HOST },
      { slug: "tomos-riordan", part: SpeakerPart.SPEAKER },
    ],
  },
];

// ---------------------------------------------------------------------------
// Speakers
// ---------------------------------------------------------------------------

/** Someone named in the Social Work Week programme: bio only from what it says. */
function programmeSpeaker(slug: string, name: string, organisation: string): DemoSpeaker {
  return { slug, name, role: null, organisation, bio: `${name} is from ${organisation}.` };
}

export const demoSpeakers: DemoSpeaker[] = [
  // Named in the Social Work Week 2025 programme (real people).
  programmeSpeaker("nia-edy", "Nia Edy", "Social Care Wales"),
  programmeSpeaker("cerian-twinberrow", "Cerian Twinberrow", "Social Care Wales"),
  programmeSpeaker("marian-parry-hughes", "Marian Parry Hughes", "Cyngor Gwynedd"),
  programmeSpeaker("esther-chapman", "Esther Chapman", "Carmarthenshire County Council"),
  programmeSpeaker("samantha-stroud", "Samantha Stroud", "Cardiff Council"),
  programmeSpeaker("heather-fitzpatrick", "Heather Fitzpatrick", "Neath Port Talbot Council"),
  {
    slug: "esyllt-crozier",
    name: "Esyllt Crozier",
    role: "improvement and development manager for social work",
    organisation: "Social Care Wales",
    bio: "Esyllt Crozier is Social Care Wales’s improvement and development manager for social work.",
  },
  {
    slug: "gwenan-prysor",
    name: "Gwenan Prysor",
    role: "Director of the MA Social Work programme",
    organisation: "Bangor University",
    bio: "Gwenan Prysor is Director of the MA Social Work programme at Bangor University.",
  },
  programmeSpeaker("aimee-twinberrow", "Aimee Twinberrow", "Social Care Wales"),
  programmeSpeaker("donald-forrester", "Professor Donald Forrester", "Cardiff University"),
  programmeSpeaker("stuart-allen", "Stuart Allen", "Cardiff University"),
  programmeSpeaker("glenda-george", "Glenda George", "Association of Directors of Social Services (ADSS) Cymru"),
  programmeSpeaker("nicki-harrison", "Nicki Harrison", "Association of Directors of Social Services (ADSS) Cymru"),
  programmeSpeaker("jay-goulding", "Jay Goulding", "Social Care Wales"),
  programmeSpeaker("danica-darley", "Danica Darley", "University of Sheffield"),
  programmeSpeaker("peter-blundell", "Peter Blundell", "Liverpool John Moores University"),
  programmeSpeaker("nick-andrews", "Nick Andrews", "Swansea University"),
  {
    slug: "siobhan-maclean",
    name: "Siobhan Maclean",
    role: "independent social worker and practice educator",
    organisation: null,
    bio: "Siobhan Maclean is an independent social worker and practice educator.",
  },
  {
    slug: "thomas-kitchen",
    name: "Dr Thomas Kitchen",
    role: "consultant anaesthetist and senior clinical lecturer",
    organisation: null,
    bio: "Dr Thomas Kitchen is a consultant anaesthetist and senior clinical lecturer.",
  },
  {
    slug: "colum-conway",
    name: "Colum Conway",
    role: "Chief Executive",
    organisation: "Social Work England",
    bio: "Colum Conway is Chief Executive of Social Work England.",
  },
  {
    slug: "declan-mcallister",
    name: "Declan McAllister",
    role: "Interim Chief Executive",
    organisation: "Northern Ireland Social Care Council",
    bio: "Declan McAllister is Interim Chief Executive of the Northern Ireland Social Care Council.",
  },
  {
    slug: "maree-allison",
    name: "Maree Allison",
    role: "Chief Executive",
    organisation: "Scottish Social Services Council",
    bio: "Maree Allison is Chief Executive of the Scottish Social Services Council.",
  },
  {
    slug: "sarah-mccarty",
    name: "Sarah McCarty",
    role: "Chief Executive",
    organisation: "Social Care Wales",
    bio: "Sarah McCarty is Chief Executive of Social Care Wales.",
  },
  {
    slug: "florence-smith",
    name: "Florence Smith",
    role: "social worker and practice educator, and director of Neuro Inclusive Solutions LTD",
    organisation: null,
    bio: "Florence Smith is a social worker and practice educator, and director of Neuro Inclusive Solutions LTD, who draws on lived experience as a neurodivergent social worker.",
  },
  {
    slug: "fiona-mcdonald",
    name: "Fiona McDonald",
    role: "independent workplace well-being consultant and practice educator",
    organisation: null,
    bio: "Fiona McDonald is an independent workplace well-being consultant and practice educator, who draws on lived experience as a neurodivergent social worker.",
  },

  // Fictional speakers for the extra sessions.
  {
    slug: "elin-marchant",
    name: "Dr Elin Marchant",
    role: "Senior Lecturer in Social Work",
    organisation: "Severnside University",
    bio: "Elin teaches social work and researches how practitioners use online networks for learning and peer support. She qualified as a social worker in adult mental health.",
  },
  {
    slug: "owain-tessaro",
    name: "Owain Tessaro",
    role: "Digital strategy and communications consultant",
    organisation: "Tessaro Digital",
    bio: "Owain helps care organisations and charities use social media safely and well, and has run digital skills sessions for social care teams across Wales.",
  },
  {
    slug: "priya-lanyon",
    name: "Priya Lanyon",
    role: "Social worker",
    organisation: "Taff Valley Council",
    bio: "Priya is a social worker in a children's disability team who writes a blog about her learning in practice.",
  },
  {
    slug: "mair-howells",
    name: "Mair Howells",
    role: "Retired district judge",
    organisation: null,
    bio: "Mair sat as a district judge in the family court for fifteen years and now trains professionals to give evidence.",
  },
  {
    slug: "helen-ashworth-reyes",
    name: "Helen Ashworth-Reyes",
    role: "Family law barrister",
    organisation: "Castle Arcade Chambers",
    bio: "Helen represents local authorities, parents and children in public law proceedings and regularly cross-examines social work witnesses.",
  },
  {
    slug: "gareth-lovell",
    name: "Gareth Lovell",
    role: "Principal social worker",
    organisation: "Taff Valley Council",
    bio: "Gareth has given evidence in care proceedings many times and supports newly qualified social workers preparing for their first hearing.",
  },
  {
    slug: "anwen-castellano",
    name: "Dr Anwen Castellano",
    role: "Head of Workforce Development",
    organisation: "Glan Usk County Council",
    bio: "Anwen leads workforce development for social services and has a research background in stress and resilience in social work teams.",
  },
  {
    slug: "marcus-delahaye",
    name: "Marcus Delahaye",
    role: "Service manager, adults' services",
    organisation: "Taff Valley Council",
    bio: "Marcus manages three community adults' teams and introduced well-being check-ins into team supervision.",
  },
  {
    slug: "kavita-pengelly",
    name: "Dr Kavita Pengelly",
    role: "Practice learning lead",
    organisation: "Severnside University",
    bio: "Kavita coordinates social work placements with local authority and voluntary sector partners and teaches on the MA Social Work programme.",
  },
  {
    slug: "iestyn-moravec",
    name: "Iestyn Moravec",
    role: "MA Social Work student",
    organisation: "Severnside University",
    bio: "Iestyn is in the final year of an MA in Social Work, with placements in a youth justice service and a hospital discharge team.",
  },
  {
    slug: "ffion-adebayo-jones",
    name: "Ffion Adebayo-Jones",
    role: "Practice educator",
    organisation: "Glan Usk County Council",
    bio: "Ffion is a senior practitioner in children's services and has supported more than twenty students on placement.",
  },
  {
    slug: "bethan-quartermain",
    name: "Bethan Quartermain",
    role: "Participation lead",
    organisation: "Voices in Care Cymru",
    bio: "Bethan supports people with lived experience of social work to take part in training, recruitment and service design.",
  },
  {
    slug: "tomos-riordan",
    name: "Tomos Riordan",
    role: "Parent and lived experience adviser",
    organisation: "Voices in Care Cymru",
    bio: "Tomos is a father who worked with children's services for two years and now advises on co-produced social work training.",
  },
  {
    slug: "lowri-abernethy",
    name: "Lowri Abernethy",
    role: "Care-experienced peer mentor",
    organisation: "Voices in Care Cymru",
    bio: "Lowri grew up in foster care and now mentors young people leaving care.",
  },
  {
    slug: "rachel-trevithick",
    name: "Rachel Trevithick",
    role: "Director of Social Services",
    organisation: "Glan Usk County Council",
    bio: "Rachel has led adults' and children's services for six years and introduced the council's annual practice week.",
  },
  {
    slug: "daniel-okonjo-price",
    name: "Daniel Okonjo-Price",
    role: "Principal social worker",
    organisation: "Glan Usk County Council",
    bio: "Daniel leads on practice quality and learning, and coordinates the council's programme of practice observations.",
  },
  {
    slug: "sian-featherstone",
    name: "Siân Featherstone",
    role: "Consultant social worker",
    organisation: "Taff Valley Council",
    bio: "Siân supervises social workers in a busy assessment team and is a trained reflective supervision facilitator.",
  },
  {
    slug: "morwenna-stace",
    name: "Morwenna Stace",
    role: "Independent chair",
    organisation: null,
    bio: "Morwenna chairs conferences and safeguarding reviews across Wales.",
  },

  // Fictional speakers for Glan Usk Practice Week (with Rachel Trevithick and Daniel Okonjo-Price above).
  {
    slug: "catrin-ellery",
    name: "Catrin Ellery",
    role: "Head of Children's Services",
    organisation: "Glan Usk County Council",
    bio: "Catrin began her career in a child protection team and has led children's services in Glan Usk for four years. During practice week she joins social workers on visits to families.",
  },
  {
    slug: "joseph-abara",
    name: "Joseph Abara",
    role: "Head of Adult Services",
    organisation: "Glan Usk County Council",
    bio: "Joseph qualified as a social worker in a hospital discharge team and now leads the council's adults' services, where he introduced strengths-based practice across community teams.",
  },
  {
    slug: "lena-wojcik",
    name: "Lena Wojcik",
    role: "Senior practitioner, community adults' team",
    organisation: "Glan Usk County Council",
    bio: "Lena works with older people and carers in the north of the county and coaches colleagues in what matters conversations.",
  },
  {
    slug: "idris-fenwick",
    name: "Idris Fenwick",
    role: "Consultant social worker, children's services",
    organisation: "Glan Usk County Council",
    bio: "Idris supports social workers with complex assessments and runs the council's writing-for-families coaching groups.",
  },
  {
    slug: "nerys-baptiste",
    name: "Dr Nerys Baptiste",
    role: "Reader in Social Work",
    organisation: "Severnside University",
    bio: "Nerys researches how evidence reaches the front line, and works with local authority partners on practice-based research projects.",
  },
  {
    slug: "gwion-tallis",
    name: "Gwion Tallis",
    role: "Designated safeguarding lead",
    organisation: "Usk Valley University Health Board",
    bio: "Gwion is a nurse by background and chairs the regional multi-agency audit group for adults and children at risk.",
  },
  {
    slug: "marged-sully",
    name: "Marged Sully",
    role: "Participation worker",
    organisation: "Glan Usk Young Voices",
    bio: "Marged supports care-experienced young people to have their say in how services are run, including on interview panels for new social workers.",
  },
];

// ---------------------------------------------------------------------------
// Users and registrations
// ---------------------------------------------------------------------------

/** The password of every demo account that can sign in. Demo data only: never a real account. */
export const DEMO_PASSWORD = "cpd-week-demo";

/** Accounts to sign in with on a seeded site (the organiser can reach the organiser pages). */
export const demoAccounts = {
  organiser: { email: "organiser@demo.cpdweek.test", password: DEMO_PASSWORD },
  attendee: { email: "attendee@demo.cpdweek.test", password: DEMO_PASSWORD },
  /** A senior leader, who can book practice observations. */
  leader: { email: "leader@demo.cpdweek.test", password: DEMO_PASSWORD },
} as const;

/** The Social Work Week 2025 session the demo attendee attended and logged in their CPD record. */
const DEMO_ATTENDEE_LOGGED_SESSION = "do-you-get-me";

function attendee(
  n: number,
  name: string,
  regulator: Regulator,
  jobRole: string,
  organisation: string,
  registrationNumber: string | null = null,
): DemoUser {
  return {
    email: `attendee${String(n).padStart(2, "0")}@demo.cpdweek.test`,
    name,
    role: UserRole.ATTENDEE,
    regulator,
    registrationNumber,
    jobRole,
    organisation,
  };
}

export const demoUsers: DemoUser[] = [
  attendee(1, "Carys Pritchard", Regulator.SOCIAL_CARE_WALES, "Social worker", "Taff Valley Council"),
  attendee(2, "Rhodri Bevan", Regulator.SOCIAL_CARE_WALES, "Senior practitioner", "Glan Usk County Council"),
  attendee(3, "Amira Haddad", Regulator.SOCIAL_CARE_WALES, "Social worker", "Cardiff Council"),
  attendee(4, "Gethin Morgan", Regulator.SOCIAL_CARE_WALES, "Team manager", "Taff Valley Council"),
  attendee(5, "Hannah Whitcombe", Regulator.SOCIAL_WORK_ENGLAND, "Social worker", "Gloucestershire County Council", "SW104233"),
  attendee(6, "Sioned Rees", Regulator.SOCIAL_CARE_WALES, "Practice educator", "Severnside University"),
  attendee(7, "Kwame Mensah", Regulator.SOCIAL_CARE_WALES, "Newly qualified social worker", "Glan Usk County Council"),
  attendee(8, "Eleri Vaughan", Regulator.SOCIAL_CARE_WALES, "Social work student", "Severnside University"),
  attendee(9, "Fraser McLeod", Regulator.SSSC, "Mental health officer", "Dumfries and Galloway Council"),
  attendee(10, "Aoife Gallagher", Regulator.NISCC, "Social worker", "Belfast Health and Social Care Trust"),
  attendee(11, "Tom Hartley", Regulator.NONE, "Policy adviser", "Welsh Government"),
  attendee(12, "Lowenna Price", Regulator.SOCIAL_CARE_WALES, "Domiciliary care worker", "Taff Valley Council"),
  attendee(13, "Dafydd Jenkins", Regulator.SOCIAL_CARE_WALES, "Social worker", "Cardiff Council"),
  attendee(14, "Mei Lin Chen", Regulator.SOCIAL_WORK_ENGLAND, "Social worker", "Herefordshire Council", "SW118905"),
  attendee(15, "Owen Prosser", Regulator.SOCIAL_CARE_WALES, "Social worker", "Glan Usk County Council"),
  attendee(16, "Nadia Kowalski", Regulator.SOCIAL_CARE_WALES, "Senior practitioner", "Taff Valley Council"),
  {
    email: demoAccounts.leader.email,
    name: "Catrin Ellery",
    role: UserRole.ATTENDEE,
    regulator: Regulator.SOCIAL_CARE_WALES,
    registrationNumber: "SCW-104477",
    jobRole: "Head of Children's Services",
    organisation: "Glan Usk County Council",
    password: demoAccounts.leader.password,
    seniorLeader: true,
  },
  {
    email: demoAccounts.organiser.email,
    name: "Demo Organiser",
    role: UserRole.ORGANISER,
    regulator: Regulator.NONE,
    registrationNumber: null,
    jobRole: "Events officer",
    organisation: "Social Care Wales",
    password: demoAccounts.organiser.password,
  },
  // The attendee to sign in as: attended sessions of both past weeks (one of
  // them logged in the CPD record, the others still to log) and booked on the
  // upcoming week, so every part of the account has something to show.
  {
    email: demoAccounts.attendee.email,
    name: "Alex Morgan",
    role: UserRole.ATTENDEE,
    regulator: Regulator.SOCIAL_CARE_WALES,
    registrationNumber: "SCW-204518",
    jobRole: "Senior social worker",
    organisation: "Glan Usk County Council",
    password: demoAccounts.attendee.password,
  },
];

function email(n: number): string {
  return `attendee${String(n).padStart(2, "0")}@demo.cpdweek.test`;
}

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
      email: typeof who === "number" ? email(who) : who,
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

/** The two fixed weeks, in the order they are written (the upcoming week is built by `buildUpcomingWeek`). */
export const demoEvents: DemoWeek[] = [
  { event: demoEvent, themes: demoThemes, sessions: demoSessions },
  { event: pastEvent, themes: pastThemes, sessions: pastSessions },
];

// ---------------------------------------------------------------------------
// Glan Usk Practice Week (upcoming: dated relative to when the seed runs)
// ---------------------------------------------------------------------------

export const UPCOMING_EVENT_SLUG = "glan-usk-practice-week";

const UPCOMING_TIME_ZONE = "Europe/London";
/** The week starts on the first Monday at least this many days after the seed runs. */
const UPCOMING_LEAD_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

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

/** A Europe/London wall-clock time on a calendar day (yyyy-MM-dd), as a UTC instant: GMT or BST as the day requires. */
function londonTime(day: string, time: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, date, hours, minutes, 0, UPCOMING_TIME_ZONE).getTime());
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
    summary:
      "Care-experienced young people from Glan Usk Young Voices talk about what helped, what didn't, and what they want every social worker to know.",
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
    speakers: [{ slug: "catrin-ellery", part: SpeakerPart.SPEAKER }, { slug: "joseph-abara", part: SpeakerPart.SPEAKER }],
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
    descriptionCy: "Ymuno â gweithiwr cymdeithasol ar ymweliad adolygu â pherson hŷn sy’n byw gartref, gyda’i ganiatâd. Cyfarfod yn yr hyb cymunedol yn gyntaf.",
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
      email: typeof who === "number" ? email(who) : who,
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
      bodyCy: "Diolch am gadw lle. Mae’r sesiwn yn Ystafell Wysg ar y llawr cyntaf; mae’r lifft wrth ymyl y dderbynfa.\n\nMae maes parcio’r ymwelwyr yn llawn erbyn 9:30 ar ddydd Mawrth, felly defnyddiwch faes parcio Glan yr Afon (am ddim gyda’r cod a gewch yn y dderbynfa) neu dewch ar y bws: mae’r amseroedd ar https://www.traveline.cymru.\n\nOs na allwch ddod bellach, canslwch eich lle o’ch cyfrif er mwyn i rywun ar y rhestr aros ei gael.",
      sentAt: new Date(now.getTime() - DAY_MS),
    },
  ];

  return { event, themes: upcomingThemes, sessions, registrations, observations: upcomingObservations, messages };
}

/** Every week the seed writes at `now`: the two fixed weeks, then the upcoming one. */
export function demoWeeks(now: Date = new Date()): DemoWeek[] {
  const { event, themes, sessions, observations, messages } = buildUpcomingWeek(now);
  return [...demoEvents, { event, themes, sessions, observations, messages }];
}

// ---------------------------------------------------------------------------
// Consistency checks (run before writing; cheap, and they catch typos)
// ---------------------------------------------------------------------------

/** The calendar day (yyyy-MM-dd) on which an instant falls in a time zone. */
function localDay(date: Date, timeZone: string): string {
  return format(new TZDate(date, timeZone), "yyyy-MM-dd");
}

function localClock(date: Date, timeZone: string): string {
  return format(new TZDate(date, timeZone), "HH:mm");
}

/** WCAG contrast ratio of white text on a #rrggbb background. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
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
  unique("event slug", weeks.map((e) => e.event.slug));
  unique("theme slug", allThemes.map((t) => t.slug));
  unique("session slug", allSessions.map((s) => s.slug));
  unique("speaker slug", demoSpeakers.map((s) => s.slug));
  unique("user email", demoUsers.map((u) => u.email));
  unique("registration", registrations.map((r) => `${r.sessionSlug} ${r.email}`));

  const speakerSlugs = new Set(demoSpeakers.map((s) => s.slug));
  const usedSpeakers = new Set<string>();
  const emails = new Set(demoUsers.map((u) => u.email));
  const sessionsBySlug = new Map(allSessions.map((s) => [s.slug, s]));

  for (const { event, themes, sessions } of weeks) {
    const themeSlugs = new Set(themes.map((t) => t.slug));
    unique(`theme colour in ${event.slug}`, themes.map((t) => t.colour.toLowerCase()));
    for (const t of themes) {
      if (!/^#[0-9a-f]{6}$/i.test(t.colour)) problems.push(`theme ${t.slug}: colour ${t.colour} is not #rrggbb`);
      else if (contrastWithWhite(t.colour) < 4.5) problems.push(`theme ${t.slug}: colour ${t.colour} is too light for white text`);
    }
    const first = event.startDate.toISOString().slice(0, 10);
    const last = event.endDate.toISOString().slice(0, 10);
    if (event.startDate.getTime() !== Date.parse(first) || event.endDate.getTime() !== Date.parse(last)) {
      problems.push(`event ${event.slug}: start and end dates must be calendar dates (UTC midnight)`);
    }
    if (last < first) problems.push(`event ${event.slug}: ends before it starts`);
    for (const s of sessions) {
      if (s.slug !== slugify(s.title)) problems.push(`session ${s.slug}: slug does not match title (${slugify(s.title)})`);
      if (s.themeSlug && !themeSlugs.has(s.themeSlug)) problems.push(`session ${s.slug}: theme ${s.themeSlug} not in ${event.slug}`);
      if (s.endsAt <= s.startsAt) problems.push(`session ${s.slug}: ends before it starts`);
      const day = localDay(s.startsAt, event.timeZone);
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
      unique(`speaker in ${s.slug}`, s.speakers.map((x) => x.slug));
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
      if (r.status !== RegistrationStatus.CONFIRMED) problems.push(`registration ${r.sessionSlug} ${r.email}: attendance marked on a place that is not confirmed`);
      if (r.attendanceMarkedAt < session.startsAt || r.attendanceMarkedAt > now) {
        problems.push(`registration ${r.sessionSlug} ${r.email}: attendance marked before the session started or in the future`);
      }
    }
  }

  // CPD entries: one per attended registration, standards of the person's regulator, hours the form would accept.
  unique("CPD entry", demoCpdEntries.map((c) => `${c.sessionSlug} ${c.email}`));
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
  expect("lunchtime", (s) => localClock(s.startsAt, tz) === "12:30" && localClock(s.endsAt, tz) === "14:00");
  if (upcomingSessions.filter((s) => s.featured).length !== 2) problems.push(`event ${upcoming.slug}: expected 2 featured sessions`);

  // The Welsh (demo-week-welsh.ts): every key names something here, and the bilingual weeks are complete.
  problems.push(...welshProblems(weeks, demoSpeakers.map((s) => s.slug)));

  // Slides, recordings and reading (demo-resources.ts): on sessions that exist, with links the admin form would accept.
  const sessionSlugs = new Set(weeks.flatMap((w) => w.sessions.map((s) => s.slug)));
  for (const resource of demoResources) {
    if (!sessionSlugs.has(resource.sessionSlug)) problems.push(`resource ${resource.title}: no session ${resource.sessionSlug}`);
    if (!isHttpsLink(resource.url) || resource.url !== normalisedLink(resource.url)) problems.push(`resource ${resource.title}: ${resource.url} is not a link the admin form would store`);
  }

  if (problems.length) throw new Error(`Demo seed data is inconsistent:\n  - ${problems.join("\n  - ")}`);
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

type Tx = Prisma.TransactionClient;

/** True when the database holds no events (so a demo seed would not collide with real data). */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.event.count()) === 0;
}

/** Deletes every event, speaker and user; cascades remove themes, sessions, speaker links and registrations. */
export async function wipeDatabase(tx: Tx): Promise<void> {
  await tx.event.deleteMany();
  await tx.speaker.deleteMany();
  await tx.user.deleteMany();
}

function idsBySlug(rows: { id: string; slug: string }[]): Map<string, string> {
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo seed: no ${what} ${key}`);
  return id;
}

/**
 * Writes the demo weeks (the upcoming one dated from `now`), their speakers,
 * demo users, registrations and CPD entries, in one transaction: if anything fails, nothing
 * is written. With `replaceExisting` the database is wiped first, inside the
 * same transaction.
 */
export async function seedDemoWeek(
  prisma: PrismaClient,
  options: { replaceExisting?: boolean; now?: Date } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  checkDemoData(now);
  const weeks = demoWeeks(now);
  const registrations = [...demoRegistrations, ...buildUpcomingWeek(now).registrations];

  // Loaded here, not at the top: Playwright specs import this module for its slugs and
  // cannot load the generated Prisma client (an ES module) that create-account imports.
  const [{ hashPassword }, { newCalendarToken }] = await Promise.all([
    import("../../lib/auth/password"),
    import("../../lib/auth/create-account"),
  ]);

  // Hashing is deliberately slow (~50 ms): once per distinct password, before the transaction.
  const passwordHashes = new Map<string, string>();
  for (const password of new Set(demoUsers.flatMap((u) => (u.password ? [u.password] : [])))) {
    passwordHashes.set(password, await hashPassword(password));
  }

  await prisma.$transaction(
    async (tx) => {
      if (options.replaceExisting) await wipeDatabase(tx);

      const speakerIds = idsBySlug(
        await tx.speaker.createManyAndReturn({
          data: demoSpeakers.map((s) => ({
            slug: s.slug,
            name: s.name,
            role: s.role,
            roleCy: welshSpeakers[s.slug]?.roleCy ?? null,
            organisation: s.organisation,
            organisationCy: welshSpeakers[s.slug]?.organisationCy ?? null,
            bio: s.bio,
            bioCy: welshSpeakers[s.slug]?.bioCy ?? null,
          })),
          select: { id: true, slug: true },
        }),
      );

      const sessionIds = new Map<string, string>();
      const eventIds = new Map<string, string>();
      for (const { event, themes, sessions, observations } of weeks) {
        const welshWeek = welshWeeks[event.slug];
        const { id: eventId } = await tx.event.create({
          data: {
            slug: event.slug,
            title: event.title,
            titleCy: welshWeek?.titleCy ?? null,
            summary: event.summary,
            summaryCy: welshWeek?.summaryCy ?? null,
            description: event.description,
            descriptionCy: welshWeek?.descriptionCy ?? null,
            startDate: event.startDate,
            endDate: event.endDate,
            timeZone: event.timeZone,
            audienceNote: event.audienceNote,
            audienceNoteCy: welshWeek?.audienceNoteCy ?? [],
            audiences: event.audiences,
            organiserName: event.organiserName,
            organiserNameCy: welshWeek?.organiserNameCy ?? null,
            status: event.status,
            publishedAt: event.publishedAt,
          },
          select: { id: true },
        });
        eventIds.set(event.slug, eventId);

        const themeIds = idsBySlug(
          await tx.theme.createManyAndReturn({
            data: themes.map((t) => ({
              eventId,
              slug: t.slug,
              name: t.name,
              nameCy: welshThemes[t.slug]?.nameCy ?? null,
              summary: t.summary,
              summaryCy: welshThemes[t.slug]?.summaryCy ?? null,
              colour: t.colour,
              position: t.position,
            })),
            select: { id: true, slug: true },
          }),
        );

        const created = await tx.session.createManyAndReturn({
          data: sessions.map((s) => ({
            eventId,
            themeId: s.themeSlug ? lookup(themeIds, s.themeSlug, "theme") : null,
            slug: s.slug,
            title: s.title,
            titleCy: welshSessions[s.slug]?.titleCy ?? null,
            summary: s.summary,
            summaryCy: welshSessions[s.slug]?.summaryCy ?? null,
            description: s.description,
            descriptionCy: welshSessions[s.slug]?.descriptionCy ?? null,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            format: s.format,
            venue: s.venue,
            venueCy: welshSessions[s.slug]?.venueCy ?? null,
            deliveryLanguage: deliveryLanguages[s.slug] ?? DeliveryLanguage.ENGLISH,
            joinUrl: s.joinUrl,
            capacity: s.capacity,
            cpdHours: s.cpdHours,
            audiences: s.audiences,
            status: s.status,
            featured: s.featured,
            cancelledAt: s.cancelledAt,
            bookingRule: s.booking?.rule ?? null,
            bookingDomains: s.booking?.domains ?? [],
            bookingAudience: s.booking?.audience ?? null,
            bookingAudienceCy: s.booking?.audienceCy ?? null,
            unlisted: s.booking?.unlisted ?? false,
            accessProvided: s.accessProvided ?? [],
            peerDiscussion: s.peerDiscussion ?? false,
          })),
          select: { id: true, slug: true },
        });
        for (const row of created) sessionIds.set(row.slug, row.id);
        await tx.invitationCode.createMany({
          data: sessions.flatMap((s) => (s.booking?.codes ?? []).map((code) => ({ ...code, sessionId: lookup(sessionIds, s.slug, "session") }))),
        });
        for (const { slots, ...observation } of observations ?? []) {
          const days = eventDayKeys(event.startDate, event.endDate);
          await tx.observationOpportunity.create({
            data: {
              ...observation,
              eventId,
              slots: { create: slots.map((slot) => ({ startsAt: londonTime(days[slot.day]!, slot.from), endsAt: londonTime(days[slot.day]!, slot.to) })) },
            },
          });
        }

        await tx.sessionResource.createMany({
          data: sessions.flatMap((s) => demoResourcesOf(s.slug).map((resource) => ({ ...resource, sessionId: lookup(sessionIds, s.slug, "session") }))),
        });

        await tx.sessionSpeaker.createMany({
          data: sessions.flatMap((s) =>
            s.speakers.map((sp, position) => ({
              sessionId: lookup(sessionIds, s.slug, "session"),
              speakerId: lookup(speakerIds, sp.slug, "speaker"),
              position,
              part: sp.part,
            })),
          ),
        });
      }

      const users = await tx.user.createManyAndReturn({
        data: demoUsers.map((u) => ({
          email: u.email.toLowerCase(),
          name: u.name,
          role: u.role,
          regulator: u.regulator,
          registrationNumber: u.registrationNumber,
          jobRole: u.jobRole,
          organisation: u.organisation,
          passwordHash: u.password ? passwordHashes.get(u.password) : null,
          seniorLeader: u.seniorLeader ?? false,
          // Demo addresses count as proved, as if each person had opened their sign-up link.
          emailVerifiedAt: new Date(),
          calendarToken: newCalendarToken(),
        })),
        select: { id: true, email: true },
      });
      const userIds = new Map(users.map((u) => [u.email, u.id]));

      const registrationIds = new Map(
        (
          await tx.registration.createManyAndReturn({
            data: registrations.map((r) => ({
              sessionId: lookup(sessionIds, r.sessionSlug, "session"),
              userId: lookup(userIds, r.email.toLowerCase(), "user"),
              status: r.status,
              waitlistPosition: r.waitlistPosition,
              attendance: r.attendance,
              attendanceMarkedAt: r.attendanceMarkedAt,
              cancelledAt: r.cancelledAt,
              createdAt: r.createdAt,
            })),
            select: { id: true, sessionId: true, userId: true },
          })
        ).map((r) => [`${r.sessionId} ${r.userId}`, r.id]),
      );

      // Messages already sent: each confirmed person of the session has a delivered copy.
      const organiserId = lookup(userIds, demoAccounts.organiser.email, "user");
      for (const message of weeks.flatMap((week) => (week.messages ?? []).map((m) => ({ ...m, eventId: week.event.slug })))) {
        const sessionId = lookup(sessionIds, message.sessionSlug, "session");
        const people = registrations.filter((r) => r.sessionSlug === message.sessionSlug && r.status === RegistrationStatus.CONFIRMED);
        await tx.organiserMessage.create({
          data: {
            eventId: lookup(eventIds, message.eventId, "event"),
            sessionId,
            audience: "CONFIRMED",
            subject: message.subject,
            body: message.body,
            subjectCy: message.subjectCy,
            bodyCy: message.bodyCy,
            status: "SENT",
            sendAt: message.sentAt,
            sentAt: message.sentAt,
            createdById: organiserId,
            createdAt: message.sentAt,
            recipients: {
              create: people.map((r) => ({ userId: lookup(userIds, r.email.toLowerCase(), "user"), status: "SENT" as const, attempts: 1, sentAt: message.sentAt, createdAt: message.sentAt })),
            },
          },
        });
      }

      // Written as logSessionCpd writes them: the session's title and local day, type SESSION.
      const sessionsBySlug = new Map(weeks.flatMap(({ event, sessions }) => sessions.map((s) => [s.slug, { session: s, timeZone: event.timeZone }] as const)));
      const entries = await tx.cpdEntry.createManyAndReturn({
        select: { id: true, registrationId: true, title: true, activityDate: true },
        data: demoCpdEntries.map((c) => {
          const found = sessionsBySlug.get(c.sessionSlug);
          if (!found) throw new Error(`Demo seed: no session ${c.sessionSlug}`);
          const userId = lookup(userIds, c.email.toLowerCase(), "user");
          return {
            userId,
            registrationId: lookup(registrationIds, `${lookup(sessionIds, c.sessionSlug, "session")} ${userId}`, "registration"),
            activityType: CpdActivityType.SESSION,
            title: found.session.title,
            activityDate: new Date(`${localDay(found.session.startsAt, found.timeZone)}T00:00:00Z`),
            hours: c.hours,
            learning: c.learning,
            impact: c.impact,
            peerNotes: c.peerNotes,
            peerReflection: c.peerReflection,
            standards: c.standards,
            createdAt: c.loggedAt,
            updatedAt: c.loggedAt,
          };
        }),
      });
      await tx.peerConfirmation.createMany({
        data: demoCpdEntries.flatMap((c) => {
          const userId = lookup(userIds, c.email.toLowerCase(), "user");
          const registrationId = lookup(registrationIds, `${lookup(sessionIds, c.sessionSlug, "session")} ${userId}`, "registration");
          const entry = entries.find((row) => row.registrationId === registrationId);
          if (!c.peerConfirmedBy || !entry || !c.peerNotes) return [];
          const { name, email, requestedAt, respondedAt } = c.peerConfirmedBy;
          return [{ entryId: entry.id, colleagueName: name, colleagueEmail: email, title: entry.title, activityDate: entry.activityDate, note: c.peerNotes, status: "CONFIRMED" as const, requestedAt, respondedAt }];
        }),
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
