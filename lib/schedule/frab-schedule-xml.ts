import type { FrabEvent, FrabSchedule } from "./build-frab-schedule";
import { xmlAttribute, xmlText } from "./schedule-text";

// The schedule as Frab XML, element for element as the published schema
// (c3voc's schedule.xml.xsd) orders and names them: <version>, <conference>,
// then one <day> per day with its <room>s and their <event>s. Every value
// passes through xmlText or xmlAttribute.

const element = (name: string, value: string, indent: string) => `${indent}<${name}>${xmlText(value)}</${name}>`;

function eventXml(event: FrabEvent, indent: string): string {
  const inner = `${indent}  `;
  const persons = event.persons.length
    ? [`${inner}<persons>`, ...event.persons.map((person) => `${inner}  <person>${xmlText(person.name)}</person>`), `${inner}</persons>`]
    : [`${inner}<persons/>`];
  return [
    `${indent}<event guid="${xmlAttribute(event.guid)}" id="${event.id}">`,
    element("date", event.date, inner),
    element("start", event.start, inner),
    element("duration", event.duration, inner),
    element("room", event.room, inner),
    element("slug", event.slug, inner),
    element("url", event.url, inner),
    element("title", event.title, inner),
    element("subtitle", event.subtitle, inner),
    element("track", event.track ?? "", inner),
    element("type", event.type, inner),
    element("language", event.language, inner),
    element("abstract", event.abstract, inner),
    element("description", event.description, inner),
    ...persons,
    `${inner}<links/>`,
    `${indent}</event>`,
  ].join("\n");
}

export function frabScheduleXml(schedule: FrabSchedule): string {
  const { conference } = schedule;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<schedule>`,
    element("version", schedule.version, "  "),
    `  <conference>`,
    element("acronym", conference.acronym, "    "),
    element("title", conference.title, "    "),
    element("start", conference.start, "    "),
    element("end", conference.end, "    "),
    element("days", String(conference.daysCount), "    "),
    element("timeslot_duration", conference.timeslotDuration, "    "),
    element("base_url", schedule.baseUrl, "    "),
    ...(conference.timeZoneName ? [element("time_zone_name", conference.timeZoneName, "    ")] : []),
    `  </conference>`,
  ];
  for (const day of schedule.days) {
    lines.push(`  <day index="${day.index}" date="${xmlAttribute(day.date)}" start="${xmlAttribute(day.start)}" end="${xmlAttribute(day.end)}">`);
    for (const room of day.rooms) {
      if (room.events.length === 0) {
        lines.push(`    <room name="${xmlAttribute(room.name)}"/>`);
        continue;
      }
      lines.push(`    <room name="${xmlAttribute(room.name)}">`, ...room.events.map((event) => eventXml(event, "      ")), `    </room>`);
    }
    lines.push(`  </day>`);
  }
  lines.push(`</schedule>`, "");
  return lines.join("\n");
}
