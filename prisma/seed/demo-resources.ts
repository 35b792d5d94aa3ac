// Slides, recordings and reading on a few demo sessions, so that signing in as
// the demo attendee shows each kind of visibility at once:
//
// - "Do you get me?" (Social Work Week 2025, attended by Alex Morgan): slides
//   for everyone, a reading list for people with a place, and the recording
//   for attendees, which Alex sees and an anonymous visitor does not;
// - the full workshop on social media (Alex has no place): slides for
//   everyone; the chat's links for attendees only;
// - World Social Work Day: a recording for everyone;
// - Glan Usk's welcome session (upcoming): reading for everyone now, and a
//   recording for attendees that appears only once the session has ended;
// - Practice Week 2024's senior leaders' session (attended by Alex, English
//   only, like the rest of that week).
//
// The links are written as an organiser would paste them; they are demo
// addresses (Glan Usk County Council is fictional), not real documents.
import { ResourceKind, ResourceVisibility } from "../../lib/generated/prisma/enums";
import { DEMO_ATTENDEE_LOGGED_SESSION } from "./demo-registrations";
import { upcomingSlugs } from "./glan-usk-practice-week";
import { demoSlugs } from "./social-work-week-2025";

export type DemoResource = {
  sessionSlug: string;
  kind: ResourceKind;
  title: string;
  titleCy: string | null;
  url: string;
  visibility: ResourceVisibility;
};

// Sessions the week modules name, and two written here as in their week;
// checkDemoData refuses a slug that names no session.
const ATTENDED_WELSH_SESSION = DEMO_ATTENDEE_LOGGED_SESSION;
const ATTENDED_PAST_SESSION = "senior-leaders-in-practice-observing-and-reviewing-practice-together";
const FULL_WORKSHOP = demoSlugs.fullWorkshop;
const WORLD_SOCIAL_WORK_DAY = demoSlugs.worldSocialWorkDay;
const UPCOMING_WELCOME = upcomingSlugs.unlimited;

export const demoResources: DemoResource[] = [
  {
    sessionSlug: ATTENDED_WELSH_SESSION,
    kind: ResourceKind.SLIDES,
    title: "Slides: “Do you get me?”",
    titleCy: "Sleidiau: “Wyt ti’n fy neall i?”",
    url: "https://socialcare.wales/resources-guidance/do-you-get-me-slides",
    visibility: ResourceVisibility.EVERYONE,
  },
  {
    sessionSlug: ATTENDED_WELSH_SESSION,
    kind: ResourceKind.READING,
    title: "More than just words: the Welsh language in social care",
    titleCy: "Mwy na geiriau: y Gymraeg mewn gofal cymdeithasol",
    url: "https://www.gov.wales/more-just-words-action-plan-2022-2027",
    visibility: ResourceVisibility.REGISTRANTS,
  },
  {
    sessionSlug: ATTENDED_WELSH_SESSION,
    kind: ResourceKind.RECORDING,
    title: "Recording of the session (with captions)",
    titleCy: "Recordiad o’r sesiwn (gydag isdeitlau)",
    url: "https://socialcarewales.sharepoint.com/:v:/s/socialworkweek2025/do-you-get-me-recording",
    visibility: ResourceVisibility.ATTENDEES,
  },
  {
    sessionSlug: FULL_WORKSHOP,
    kind: ResourceKind.SLIDES,
    title: "Slides: social media and CPD",
    titleCy: "Sleidiau: y cyfryngau cymdeithasol a DPP",
    url: "https://socialcare.wales/resources-guidance/social-media-and-cpd-slides",
    visibility: ResourceVisibility.EVERYONE,
  },
  {
    sessionSlug: FULL_WORKSHOP,
    kind: ResourceKind.LINKS,
    title: "Useful links shared in the chat",
    titleCy: "Dolenni defnyddiol a rannwyd yn y sgwrs",
    url: "https://socialcarewales.sharepoint.com/:w:/s/socialworkweek2025/social-media-chat-links",
    visibility: ResourceVisibility.ATTENDEES,
  },
  {
    sessionSlug: WORLD_SOCIAL_WORK_DAY,
    kind: ResourceKind.RECORDING,
    title: "Recording: World Social Work Day with Social Work England",
    titleCy: "Recordiad: Diwrnod Gwaith Cymdeithasol y Byd gyda Social Work England",
    url: "https://www.youtube.com/watch?v=SWE-wswd-2025",
    visibility: ResourceVisibility.EVERYONE,
  },
  {
    sessionSlug: UPCOMING_WELCOME,
    kind: ResourceKind.READING,
    title: "Read before the session: our practice framework in brief",
    titleCy: "I’w ddarllen cyn y sesiwn: ein fframwaith ymarfer yn gryno",
    url: "https://www.glanusk.gov.uk/practice-week/practice-framework-in-brief",
    visibility: ResourceVisibility.EVERYONE,
  },
  {
    sessionSlug: UPCOMING_WELCOME,
    kind: ResourceKind.RECORDING,
    title: "Recording of the welcome session",
    titleCy: "Recordiad o’r sesiwn groeso",
    url: "https://glanusk.sharepoint.com/:v:/s/practiceweek/welcome-recording",
    visibility: ResourceVisibility.ATTENDEES,
  },
  {
    sessionSlug: ATTENDED_PAST_SESSION,
    kind: ResourceKind.SLIDES,
    title: "Slides: senior leaders in practice",
    titleCy: null,
    url: "https://glanusk.sharepoint.com/:p:/s/practiceweek2024/senior-leaders-slides",
    visibility: ResourceVisibility.EVERYONE,
  },
  {
    sessionSlug: ATTENDED_PAST_SESSION,
    kind: ResourceKind.RECORDING,
    title: "Recording of the discussion",
    titleCy: null,
    url: "https://glanusk.sharepoint.com/:v:/s/practiceweek2024/senior-leaders-recording",
    visibility: ResourceVisibility.ATTENDEES,
  },
];

/** The demo resources of one session, in the order above, numbered as the admin page numbers them (from 0). */
export function demoResourcesOf(sessionSlug: string): (Omit<DemoResource, "sessionSlug"> & { position: number })[] {
  return demoResources
    .filter((resource) => resource.sessionSlug === sessionSlug)
    .map(({ sessionSlug: _slug, ...resource }, position) => ({ ...resource, position }));
}
