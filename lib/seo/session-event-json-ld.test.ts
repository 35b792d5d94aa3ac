import { describe, expect, it } from "vitest";
import { isoWithOffset } from "../programme/event-time";
import { jsonLdText, sessionEventJsonLd, type SessionForJsonLd } from "./session-event-json-ld";

const session: SessionForJsonLd = {
  slug: "do-you-get-me",
  title: "Do you get me?",
  titleCy: "Wyt ti’n fy neall i?",
  summary: "Language and communication in assessment.",
  summaryCy: "Iaith a chyfathrebu mewn asesu.",
  startsAt: new Date("2025-03-18T10:00:00Z"),
  endsAt: new Date("2025-03-18T11:30:00Z"),
  format: "HYBRID",
  venue: "County Hall, Cwmbrân",
  venueCy: "Neuadd y Sir, Cwmbrân",
  deliveryLanguage: "BILINGUAL",
  cancelled: false,
  places: { kind: "available", left: 12 },
  event: { timeZone: "Europe/London", organiserName: "Glan Usk County Council", organiserNameCy: "Cyngor Sir Glan Usk" },
  speakers: [{ speaker: { name: "Esyllt Crozier" } }],
};
const image = "https://cpdweek.example.org/sessions/do-you-get-me/og-image.png?v=0123456789ab";
const site = { siteUrl: "https://cpdweek.example.org", locale: "en" as const, image };

// Google's event rich results: required and recommended properties (checked
// against the schema.org vocabulary too in session-event-json-ld.vocabulary.test.ts).
const REQUIRED = ["name", "startDate", "location"];
const RECOMMENDED = ["description", "endDate", "eventAttendanceMode", "eventStatus", "image", "organizer", "offers", "performer"];

describe("a session as schema.org Event", () => {
  it("has every required and recommended property, times with the week's offset, and a free offer", () => {
    const data = sessionEventJsonLd(session, site);
    for (const property of [...REQUIRED, ...RECOMMENDED]) expect(data, property).toHaveProperty(property);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Do you get me?",
      image,
      startDate: "2025-03-18T10:00:00+00:00",
      endDate: "2025-03-18T11:30:00+00:00",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      location: [
        { "@type": "Place", name: "County Hall, Cwmbrân", address: "County Hall, Cwmbrân" },
        { "@type": "VirtualLocation", url: "https://cpdweek.example.org/sessions/do-you-get-me" },
      ],
      inLanguage: ["cy", "en-GB"],
      organizer: { "@type": "Organization", name: "Glan Usk County Council" },
      offers: { "@type": "Offer", price: "0", priceCurrency: "GBP", availability: "https://schema.org/InStock" },
      performer: [{ "@type": "Person", name: "Esyllt Crozier" }],
    });
  });

  it("uses summer time's offset, the Welsh text and page in Welsh, and says when a session is cancelled or full", () => {
    expect(isoWithOffset(new Date("2025-06-18T09:00:00Z"), "Europe/London")).toBe("2025-06-18T10:00:00+01:00");
    const welsh = sessionEventJsonLd({ ...session, format: "ONLINE", cancelled: true, places: { kind: "full" } }, { ...site, locale: "cy" });
    expect(welsh).toMatchObject({
      name: "Wyt ti’n fy neall i?",
      description: "Iaith a chyfathrebu mewn asesu.",
      location: { "@type": "VirtualLocation", url: "https://cpdweek.example.org/cy/sessions/do-you-get-me" },
      eventStatus: "https://schema.org/EventCancelled",
      organizer: { name: "Cyngor Sir Glan Usk" },
      offers: { availability: "https://schema.org/SoldOut" },
    });
    const inPerson = sessionEventJsonLd({ ...session, format: "IN_PERSON", speakers: [] }, site);
    expect(inPerson.location).toEqual({ "@type": "Place", name: "County Hall, Cwmbrân", address: "County Hall, Cwmbrân" });
    expect(inPerson).not.toHaveProperty("performer");
  });

  it("never carries the joining link, and text typed by an organiser cannot close the script element", () => {
    const text = jsonLdText(sessionEventJsonLd({ ...session, title: "</script><script>alert(1)</script>" }, site));
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text).name).toBe("</script><script>alert(1)</script>");
    expect(text).not.toContain("teams.microsoft.com");
  });
});
