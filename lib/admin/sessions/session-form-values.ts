import { MAX_SPEAKER_ROWS } from "./session-form-schema";
import { utcToLocal } from "./session-time";

type SessionForValues = {
  eventId: string;
  themeId: string | null;
  title: string;
  titleCy: string | null;
  slug: string;
  summary: string;
  summaryCy: string | null;
  description: string;
  descriptionCy: string | null;
  startsAt: Date;
  endsAt: Date;
  format: string;
  venue: string | null;
  venueCy: string | null;
  deliveryLanguage: string;
  joinUrl: string | null;
  capacity: number | null;
  cpdHours: string | null;
  audiences: string[];
  accessProvided: string[];
  featured: boolean;
  peerDiscussion: boolean;
  speakers: { speakerId: string; part: string; position: number }[];
  event: { timeZone: string };
};

/** A stored session as the form's text values: times on the wall clock of the event's zone, speakers numbered from 1. */
export function sessionFormValues(session: SessionForValues): Record<string, string> {
  const start = utcToLocal(session.startsAt, session.event.timeZone);
  const end = utcToLocal(session.endsAt, session.event.timeZone);
  const values: Record<string, string> = {
    eventId: session.eventId,
    themeId: session.themeId ?? "",
    title: session.title,
    titleCy: session.titleCy ?? "",
    slug: session.slug,
    summary: session.summary,
    summaryCy: session.summaryCy ?? "",
    description: session.description,
    descriptionCy: session.descriptionCy ?? "",
    date: start.date,
    startTime: start.time,
    // A session never runs past midnight in the form; one stored that way shows its end time on the start's day.
    endTime: end.time,
    format: session.format,
    venue: session.venue ?? "",
    venueCy: session.venueCy ?? "",
    deliveryLanguage: session.deliveryLanguage,
    joinUrl: session.joinUrl ?? "",
    capacity: session.capacity === null ? "" : String(session.capacity),
    cpdHours: session.cpdHours === null ? "" : String(Number(session.cpdHours)),
    audiences: session.audiences.join(","),
    accessProvided: session.accessProvided.join(","),
    featured: session.featured ? "on" : "",
    peerDiscussion: session.peerDiscussion ? "on" : "",
  };
  [...session.speakers]
    .sort((a, b) => a.position - b.position)
    .forEach((speaker, index) => {
      values[`speakerId-${index + 1}`] = speaker.speakerId;
      values[`speakerPart-${index + 1}`] = speaker.part;
      values[`speakerPosition-${index + 1}`] = String(index + 1);
    });
  return values;
}

/** Rows for speakers: those chosen plus a few empty ones (at least four), within the limit the form reads. */
export function speakerRowCount(values: Record<string, string>): number {
  let used = 0;
  for (let row = 1; row <= MAX_SPEAKER_ROWS; row++) if (values[`speakerId-${row}`]) used = row;
  return Math.min(MAX_SPEAKER_ROWS, Math.max(4, used + 2));
}
