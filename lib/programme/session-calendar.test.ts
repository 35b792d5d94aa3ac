import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { buildSessionCalendar, icsSequence, type CalendarSession } from "./session-calendar";

const session: CalendarSession = {
  id: "s1",
  slug: "moral-injury-in-social-work",
  title: "Moral injury in social work: the what, the how, and why it matters",
  summary: "What moral injury is, and why it matters, for social workers.",
  startsAt: new Date("2025-03-20T13:00:00Z"),
  endsAt: new Date("2025-03-20T14:30:00Z"),
  venue: "Microsoft Teams",
  format: "ONLINE",
  cancelled: false,
  updatedAt: new Date("2025-02-01T09:00:00Z"),
  event: { title: "Social Work Week 2025", organiserName: "Social Care Wales" },
};

function onlyEvent(text: string) {
  const events = Object.values(ical.sync.parseICS(text)).filter((component) => component?.type === "VEVENT");
  expect(events).toHaveLength(1);
  return events[0] as ical.VEvent;
}

describe("session calendar file", () => {
  it("is a valid iCalendar event at the right instant with a stable id", () => {
    const text = buildSessionCalendar(session, "https://cpdweek.example", "cpdweek.example", "en");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const event = onlyEvent(text);
    expect(event.summary).toBe(session.title);
    expect(new Date(event.start).toISOString()).toBe("2025-03-20T13:00:00.000Z");
    expect(new Date(event.end ?? 0).toISOString()).toBe("2025-03-20T14:30:00.000Z");
    expect(event.uid).toBe("session-s1@cpdweek.example");
    expect(event.location).toBe("Microsoft Teams");
    expect(String(event.url)).toContain("/sessions/moral-injury-in-social-work");
    expect(event.status).toBe("CONFIRMED");
    // The same SEQUENCE as in every feed that holds the session (programme-calendar.ts).
    expect(Number(event.sequence)).toBe(icsSequence(session.updatedAt));
  });

  it("marks a cancelled session so calendars update", () => {
    const event = onlyEvent(buildSessionCalendar({ ...session, cancelled: true }, "https://cpdweek.example", "cpdweek.example", "en"));
    expect(event.status).toBe("CANCELLED");
  });

  // Text typed by organisers before control characters were refused at the
  // form (or written some other way) must not break the file: a raw line
  // break in ORGANIZER;CN= starts a new property that every subscriber's
  // calendar would read.
  it("keeps line breaks and quotes in the organiser's name and the event's title inside their properties", () => {
    const hostile = {
      ...session,
      title: "Line one\rLine two\u0007",
      venue: "Room 1\r\nGEO:1;1",
      event: { title: "Week, with; commas\r\nX-INJECTED:1", organiserName: 'Social Care Wales\r\nATTENDEE:mailto:x@evil.example\n"quoted" ^caret' },
    };
    const text = buildSessionCalendar(hostile, "https://cpdweek.example", "cpdweek.example", "en");
    const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
    // Every physical line is a property, a folded continuation (leading space) or BEGIN/END: nothing injected.
    expect(lines.filter((line) => /^(ATTENDEE|GEO|X-INJECTED)/.test(line))).toEqual([]);
    // Unfolded (a line break and a space or tab continue a line), only CRLF
    // ends a line, and no other control character is anywhere.
    expect(text.replace(/\r\n[ \t]/g, "").replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f]/);
    // RFC 6868: inside a parameter a line break is ^n, a double quote ^' and a caret ^^.
    expect(lines.filter((line) => line.startsWith("ORGANIZER"))).toEqual([
      `ORGANIZER;CN="Social Care Wales^nATTENDEE:mailto:x@evil.example^n^'quoted^' ^^caret"`,
    ]);
    expect(lines.filter((line) => line.startsWith("CATEGORIES"))).toEqual(["CATEGORIES:Week\\, with\\; commas\\nX-INJECTED:1"]);
    const event = onlyEvent(text);
    expect(event.summary).toBe("Line one\nLine two");
    expect(event.location).toBe("Room 1\nGEO:1;1");
  });
});

describe("session calendar file in Welsh", () => {
  it("uses the Welsh title and summary where written, and links to the Welsh page", () => {
    const welsh = {
      ...session,
      titleCy: "Anaf moesol mewn gwaith cymdeithasol",
      summaryCy: "Sgwrs am anaf moesol.",
      event: { ...session.event, titleCy: "Wythnos Gwaith Cymdeithasol 2025" },
    };
    const event = onlyEvent(buildSessionCalendar(welsh, "https://cpdweek.example", "cpdweek.example", "cy"));
    expect(event.summary).toBe("Anaf moesol mewn gwaith cymdeithasol");
    expect(event.description).toContain("Sgwrs am anaf moesol.");
    expect(String(event.url)).toBe("https://cpdweek.example/cy/sessions/moral-injury-in-social-work");
    // The same entry as the English file: calendars update it rather than adding a second.
    expect(event.uid).toBe("session-s1@cpdweek.example");
  });

  it("falls back to the English text where there is no Welsh yet", () => {
    const event = onlyEvent(buildSessionCalendar({ ...session, titleCy: null }, "https://cpdweek.example", "cpdweek.example", "cy"));
    expect(event.summary).toBe(session.title);
  });
});
