import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { buildSessionCalendar, type CalendarSession } from "./session-calendar";

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
    const text = buildSessionCalendar(session, "https://cpdweek.example", "cpdweek.example");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const event = onlyEvent(text);
    expect(event.summary).toBe(session.title);
    expect(new Date(event.start).toISOString()).toBe("2025-03-20T13:00:00.000Z");
    expect(new Date(event.end ?? 0).toISOString()).toBe("2025-03-20T14:30:00.000Z");
    expect(event.uid).toBe("session-s1@cpdweek.example");
    expect(event.location).toBe("Microsoft Teams");
    expect(String(event.url)).toContain("/sessions/moral-injury-in-social-work");
    expect(event.status).toBe("CONFIRMED");
  });

  it("marks a cancelled session so calendars update", () => {
    const event = onlyEvent(buildSessionCalendar({ ...session, cancelled: true }, "https://cpdweek.example", "cpdweek.example"));
    expect(event.status).toBe("CANCELLED");
  });
});
