import type { FrabEvent, FrabSchedule } from "./build-frab-schedule";

// The schedule as Frab JSON, the shape pretalx publishes and c3voc's
// schedule schema (validator/json/schema.json) describes: the conference
// holds its rooms and days, and each day its rooms as an object from room
// name to the events in it. The schema allows no other fields, so nothing is
// added here that it does not name.

/** The address of the published schema, which apps and validators read from "$schema". */
export const FRAB_JSON_SCHEMA_URL = "https://c3voc.de/schedule/schema.json";

function eventJson(event: FrabEvent) {
  return {
    id: event.id,
    guid: event.guid,
    date: event.date,
    start: event.start,
    duration: event.duration,
    room: event.room,
    slug: event.slug,
    url: event.url,
    title: event.title,
    subtitle: event.subtitle,
    track: event.track,
    type: event.type,
    language: event.language,
    abstract: event.abstract,
    description: event.description,
    // "name" is the schema's (pretalx's); "public_name" is what older apps
    // read. No "id": the schema would then take the person for frab's kind,
    // which needs one, as well as pretalx's, and it must match exactly one.
    persons: event.persons.map((person) => ({ guid: person.guid, name: person.name, public_name: person.name })),
    links: event.links,
  };
}

export function frabScheduleJson(schedule: FrabSchedule) {
  const { conference } = schedule;
  return {
    $schema: FRAB_JSON_SCHEMA_URL,
    schedule: {
      version: schedule.version,
      base_url: schedule.baseUrl,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        description: conference.description,
        start: conference.start,
        end: conference.end,
        daysCount: conference.daysCount,
        timeslot_duration: conference.timeslotDuration,
        ...(conference.timeZoneName ? { time_zone_name: conference.timeZoneName } : {}),
        url: conference.url,
        tracks: conference.tracks,
        rooms: conference.rooms.map((room) => ({ name: room.name, guid: room.guid })),
        days: schedule.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(day.rooms.map((room) => [room.name, room.events.map(eventJson)])),
        })),
      },
    },
  };
}

/** The file's text: JSON escapes every control character itself, so organisers' text needs nothing more. */
export function frabScheduleJsonText(schedule: FrabSchedule): string {
  return `${JSON.stringify(frabScheduleJson(schedule), null, 2)}\n`;
}
