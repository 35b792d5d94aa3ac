// The shapes of the demo data: what each week module writes and the seed reads.
import type {
  AccessProvision,
  AttendanceStatus,
  Audience,
  BookingRule,
  ObservationActivity,
  PublicationStatus,
  Regulator,
  RegistrationStatus,
  SessionFormat,
  SessionStatus,
  SpeakerPart,
  UserRole,
} from "../../lib/generated/prisma/enums";

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
