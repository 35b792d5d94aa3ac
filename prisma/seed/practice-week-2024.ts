// Practice Week 2024: a small past week, so that past weeks stay browsable and
// the demo attendee has attended sessions to log. English only, on purpose
// (see demo-week-welsh.ts).
import { Audience, PublicationStatus, SessionFormat, SessionStatus, SpeakerPart } from "../../lib/generated/prisma/enums";
import { at } from "./demo-times";
import type { DemoEvent, DemoSession, DemoTheme } from "./demo-types";
import { TEAMS, teamsUrl } from "./online-meetings";
import { lines, paragraphs } from "./text";

export const PAST_EVENT_SLUG = "practice-week-2024";

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
  audienceNote: ["children's and adults' social workers", "the wider social care workforce", "multi-agency partners", "university partners and researchers"],
  audiences: [Audience.PRACTITIONERS, Audience.SOCIAL_CARE_WORKFORCE, Audience.MANAGERS_AND_LEADERS, Audience.STUDENTS_AND_EDUCATORS],
  organiserName: "Glan Usk County Council",
  status: PublicationStatus.PUBLISHED,
  publishedAt: new Date("2024-02-12T09:00:00Z"),
};

export const pastThemes: DemoTheme[] = [
  {
    slug: "learning-from-practice",
    name: "Learning from practice",
    summary: "Sharing learning and best practice across adults' and children's services, with university partners bringing current research.",
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
    summary: "How senior leaders will spend the week alongside front-line teams, observing practice and reviewing its quality and consistency together.",
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
