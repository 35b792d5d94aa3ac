import { z } from "zod";

// What the published Frab schemas require of a schedule file, written out as
// zod so the tests can hold our files to them without copying the schemas
// into the repository (their licence is not ours): c3voc's
// validator/xsd/schedule.xml.xsd for the XML and validator/json/schema.json
// for the JSON (github.com/voc/schedule, read on 2026-12-07). Where the two
// disagree with what conference apps read, the note says which we follow.
//
// frabJsonDocumentSchema checks the JSON as JSON.parse returns it.
// frabXmlDocumentSchema checks the XML as an XML parser returns it, in this
// shape (fast-xml-parser's, with attributeNamePrefix "@_", values left as
// strings, entities decoded, and FRAB_XML_REPEATED_PATHS always arrays):
// an element with text only is its string ("" when empty, <persons/>
// included), attributes are "@_name" keys, and child elements are keys.
// Element order (xs:sequence) is not visible in that shape: the integration
// test checks it apart, and xmllint against the real XSD checks everything.

/** Where elements may repeat (paths from the root, dot-separated), which the parser must always give as arrays. */
export const FRAB_XML_REPEATED_PATHS = [
  "schedule.day",
  "schedule.day.room",
  "schedule.day.room.event",
  "schedule.day.room.event.persons.person",
  "schedule.day.room.event.links.link",
  "schedule.day.room.event.attachments.attachment",
] as const;

// ---- Values both schemas share ---------------------------------------------------------------------

/** xs:date and JSON's "date" format: a real calendar day, yyyy-mm-dd. */
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value, "not a real day");

/**
 * JSON's "date-time" (RFC 3339) and the XSD's dateTimeTZ (an xs:dateTime that
 * ends in Z or an offset): a full date and time with its offset.
 */
const dateTimeWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:[0-5]\d)$/)
  .refine((value) => !Number.isNaN(Date.parse(value)), "not a real time");

/**
 * The XSD's start: ([0-2][0-9]:[0-5][0-9])|(…:[0-5][0-9]). The JSON schema
 * gives event.start the "date-time" format, but every producer (pretalx,
 * frab) and every app (Giggity, ConfClerk, EventFahrplan) uses HH:MM there,
 * with the full moment in "date"; format is only an annotation in draft 06,
 * so HH:MM is what we write and check in both files.
 */
const start = z.string().regex(/^[0-2]\d:[0-5]\d(:[0-5]\d)?$/);

/** The XSD's duration ([0-9]{1,2}:[0-9]{2}, or with seconds) within the JSON's ^[0-9]+:[0-9]{2}$: both hold for HH:MM up to 99:59. */
const duration = z.string().regex(/^\d{1,2}:\d{2}$/);

/** The JSON schema's acronym. Week slugs need mapping to match it: see frabAcronym. */
export const FRAB_ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;

/** The JSON schema's event slug. */
export const FRAB_EVENT_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;

/** The JSON schema's time_zone_name, as written there (only the first branch is anchored at the start). */
const TIME_ZONE_NAME = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

/** The XSD's httpURI. */
const httpUri = z.string().regex(/^https?:\/\/.*/);

/** xs:positiveInteger in an attribute: digits (an optional +), worth at least 1. */
const positiveIntegerText = z
  .string()
  .regex(/^\+?\d+$/)
  .refine((value) => BigInt(value) >= 1n, "not positive");
/** xs:integer in an element. */
const integerText = z.string().regex(/^[+-]?\d+$/);

type Unique = { where: string; value: string };

/** The XSD's xs:unique constraints, and the JSON schema's intent: each guid, id and slug once. */
function duplicates(values: Unique[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const { where, value } of values) {
    const key = `${where}:${value}`;
    if (seen.has(key)) repeated.push(`${where} "${value}" appears more than once`);
    seen.add(key);
  }
  return repeated;
}

// ---- JSON (validator/json/schema.json) ----------------------------------------------------------

const jsonPerson = z
  .looseObject({
    name: z.string().optional(),
    guid: z.uuid().optional(),
    id: z.number().int().optional(),
    public_name: z.string().optional(),
    code: z
      .string()
      .regex(/^[A-Z0-9]+$/)
      .optional(),
    avatar: z.url().optional(),
    biography: z.string().optional(),
    answers: z.array(z.unknown()).optional(),
  })
  // oneOf FrabPerson (public_name and id) or PretalxPerson (name): exactly one.
  .refine(
    (person) => Number(person.public_name !== undefined && person.id !== undefined) + Number(person.name !== undefined) === 1,
    "a person must be either frab's (public_name and id) or pretalx's (name), not both",
  );

const jsonEvent = z.strictObject({
  id: z.number().int().min(1),
  guid: z.uuid(),
  logo: z.url().optional(),
  date: dateTimeWithOffset,
  start,
  duration,
  room: z.string(),
  slug: z.string().regex(FRAB_EVENT_SLUG),
  url: z.url(),
  title: z.string(),
  subtitle: z.string().nullable(),
  track: z.string().nullable(),
  type: z.string(),
  language: z.string(),
  abstract: z.string().nullable(),
  description: z.string().nullable().optional(),
  recording_license: z.string().optional(),
  do_not_record: z.string().nullable().optional(),
  do_not_stream: z.string().nullable().optional(),
  persons: z.array(jsonPerson),
  links: z.array(z.unknown()),
  attachments: z.array(z.unknown()).optional(),
  answers: z.array(z.unknown()).optional(),
});

const jsonDay = z.strictObject({
  index: z.number().int(),
  date,
  day_start: dateTimeWithOffset,
  day_end: dateTimeWithOffset,
  rooms: z.record(z.string(), z.array(jsonEvent)),
});

const jsonRoom = z.strictObject({
  name: z.string(),
  guid: z.uuid(),
  description: z.string().nullable().optional(),
  capacity: z.number().nullable().optional(),
});

const jsonConference = z.strictObject({
  acronym: z.string().regex(FRAB_ACRONYM),
  title: z.string(),
  description: z.string().optional(),
  start: z.union([date, dateTimeWithOffset]),
  end: date,
  daysCount: z.number().int(),
  timeslot_duration: z.string(),
  time_zone_name: z.string().regex(TIME_ZONE_NAME).optional(),
  logo: z.url().optional(),
  colors: z.looseObject({ primary: z.string().optional(), background: z.string().optional() }).optional(),
  keywords: z.array(z.string()).optional(),
  url: z.url().optional(),
  tracks: z.array(z.looseObject({ name: z.string().optional(), color: z.string().optional() })).optional(),
  rooms: z.array(jsonRoom).optional(),
  meta: z.looseObject({}).optional(),
  days: z.array(jsonDay),
});

export const frabJsonDocumentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    generator: z.looseObject({ name: z.string().optional(), version: z.string().optional(), url: z.url().optional() }).optional(),
    schedule: z
      .looseObject({ version: z.string(), base_url: z.url().optional(), conference: jsonConference })
      // "rooms": false: the rooms belong to the conference, not the schedule.
      .refine((schedule) => !("rooms" in schedule), "schedule.rooms is not allowed (conference.rooms is)"),
  })
  .superRefine((document, context) => {
    const { days, rooms = [] } = document.schedule.conference;
    const events = days.flatMap((day) => Object.entries(day.rooms).flatMap(([room, list]) => list.map((event) => ({ room, event }))));
    const problems = duplicates([
      ...events.flatMap(({ event }) => [
        { where: "event guid", value: event.guid },
        { where: "event id", value: String(event.id) },
        { where: "event slug", value: event.slug },
      ]),
      ...days.map((day) => ({ where: "day index", value: String(day.index) })),
      ...rooms.map((room) => ({ where: "room guid", value: room.guid })),
    ]);
    // Apps find an event's room both ways: under it, and by its "room".
    const named = new Set(rooms.map((room) => room.name));
    for (const { room, event } of events) {
      if (event.room !== room) problems.push(`event ${event.id} says room "${event.room}" but is listed under "${room}"`);
      if (rooms.length && !named.has(room)) problems.push(`room "${room}" is not among the conference's rooms`);
    }
    for (const message of problems) context.addIssue({ code: "custom", message });
  });

export type FrabJsonDocument = z.infer<typeof frabJsonDocumentSchema>;

// ---- XML (validator/xsd/schedule.xml.xsd), as parsed ------------------------------------------

/** An element that may hold attributes as well as text: its string, or an object with "#text". */
const textWithAttributes = <Shape extends z.core.$ZodLooseShape>(attributes: Shape) =>
  z.union([z.string(), z.strictObject({ "#text": z.string().optional(), ...attributes })]);

const xmlList = <Item extends z.ZodType>(name: string, item: Item) => z.union([z.literal(""), z.strictObject({ [name]: z.array(item).optional() })]);

const xmlEvent = z.strictObject({
  "@_id": positiveIntegerText,
  "@_guid": z.string().regex(/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/),
  room: z.string(),
  title: z.string(),
  subtitle: z.string(),
  type: z.string(),
  date: dateTimeWithOffset,
  start,
  duration,
  abstract: z.string(),
  slug: z.string(),
  track: z.string(),
  logo: z.string().optional(),
  persons: xmlList("person", textWithAttributes({ "@_id": positiveIntegerText.optional() })).optional(),
  language: z.string().optional(),
  description: z.string().optional(),
  recording: z.strictObject({ license: z.string(), optout: z.enum(["true", "false", "1", "0"]) }).optional(),
  links: xmlList("link", textWithAttributes({ "@_href": z.string().optional() })).optional(),
  attachments: xmlList("attachment", textWithAttributes({ "@_href": z.string().optional() })).optional(),
  video_download_url: httpUri.optional(),
  url: httpUri.optional(),
});

const xmlRoom = z.union([z.literal(""), z.strictObject({ "@_name": z.string().optional(), event: z.array(xmlEvent).optional() })]);

const xmlDay = z.union([
  z.literal(""),
  z.strictObject({
    "@_date": date.optional(),
    "@_start": dateTimeWithOffset.optional(),
    "@_end": dateTimeWithOffset.optional(),
    "@_index": positiveIntegerText.optional(),
    room: z.array(xmlRoom).optional(),
  }),
]);

const xmlConference = z.strictObject({
  title: z.string(),
  acronym: z.string(),
  start: date.optional(),
  end: date.optional(),
  days: integerText.optional(),
  timeslot_duration: duration.optional(),
  base_url: httpUri.optional(),
  time_zone_name: z.string().optional(),
});

export const frabXmlDocumentSchema = z
  .strictObject({
    schedule: z.strictObject({
      generator: z.union([z.literal(""), z.strictObject({ "@_name": z.string().optional(), "@_version": z.string().optional() })]).optional(),
      version: z.string(),
      conference: xmlConference,
      day: z.array(xmlDay).min(1),
    }),
  })
  .superRefine((document, context) => {
    const days = document.schedule.day.filter((day) => day !== "");
    const events = days.flatMap((day) => (day.room ?? []).flatMap((room) => (room === "" ? [] : (room.event ?? []))));
    const problems = duplicates([
      ...events.flatMap((event) => [
        { where: "event guid", value: event["@_guid"] },
        { where: "event id", value: event["@_id"] },
        { where: "event slug", value: event.slug },
      ]),
      ...days.flatMap((day) => (day["@_index"] === undefined ? [] : [{ where: "day index", value: day["@_index"] }])),
    ]);
    for (const message of problems) context.addIssue({ code: "custom", message });
  });

export type FrabXmlDocument = z.infer<typeof frabXmlDocumentSchema>;

/** The XSD's xs:sequence orders: what the root holds, in order (generator optional, then version, conference, days). */
export const FRAB_XML_ROOT_ORDER = /^(generator,)?version,conference(,day)+$/;
