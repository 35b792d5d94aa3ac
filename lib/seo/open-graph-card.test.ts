import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "../admin/themes/colour-contrast";
import {
  BRAND_COLOUR,
  inkFor,
  MIN_TEXT_CONTRAST,
  openGraphCardAlt,
  openGraphCardVersion,
  sessionOpenGraphCard,
  weekOpenGraphCard,
  type SessionForCard,
} from "./open-graph-card";

const welshSession: SessionForCard = {
  title: "Consistent values and changing roles - social work identity over time",
  titleCy: "Gwerthoedd cyson a rolau sy’n newid – hunaniaeth gwaith cymdeithasol dros amser",
  startsAt: new Date("2025-03-19T12:30:00Z"),
  endsAt: new Date("2025-03-19T14:00:00Z"),
  cancelled: false,
  event: {
    title: "Social Work Week 2025",
    titleCy: "Wythnos Gwaith Cymdeithasol 2025",
    timeZone: "Europe/London",
    organiserName: "Social Care Wales",
    organiserNameCy: "Gofal Cymdeithasol Cymru",
  },
  theme: { name: "Maintaining our social work identity", nameCy: "Cynnal ein hunaniaeth gwaith cymdeithasol", colour: "#00703C" },
};

const week = {
  title: "Social Work Week 2025",
  titleCy: "Wythnos Gwaith Cymdeithasol 2025",
  startDate: new Date("2025-03-17"),
  endDate: new Date("2025-03-21"),
  organiserName: "Social Care Wales",
  organiserNameCy: "Gofal Cymdeithasol Cymru",
};

describe("what a share image says", () => {
  it("gives a session's title, date and time in the week's time zone, theme, week and organiser, in English", () => {
    expect(sessionOpenGraphCard(welshSession, "en")).toEqual({
      locale: "en",
      background: "#00703c",
      ink: "#ffffff",
      kicker: "Social Work Week 2025",
      badge: null,
      title: "Consistent values and changing roles - social work identity over time",
      details: ["Wednesday 19 March 2025 · 12:30–14:00 GMT", "Maintaining our social work identity"],
      footer: "Social Care Wales",
    });
  });

  it("says it in Welsh on Welsh pages, dates included, and marks a cancelled session; summer time shows as BST", () => {
    const card = sessionOpenGraphCard(
      { ...welshSession, cancelled: true, startsAt: new Date("2025-06-18T09:00:00Z"), endsAt: new Date("2025-06-18T10:00:00Z") },
      "cy",
    );
    expect(card).toMatchObject({
      kicker: "Wythnos Gwaith Cymdeithasol 2025",
      badge: "Wedi’i chanslo",
      title: "Gwerthoedd cyson a rolau sy’n newid – hunaniaeth gwaith cymdeithasol dros amser",
      details: ["Dydd Mercher 18 Mehefin 2025 · 10:00–11:00 BST", "Cynnal ein hunaniaeth gwaith cymdeithasol"],
      footer: "Gofal Cymdeithasol Cymru",
    });
  });

  it("falls back to the English text where organisers wrote no Welsh, and to the brand colour without a theme", () => {
    const card = sessionOpenGraphCard({ ...welshSession, titleCy: null, theme: null }, "cy");
    expect(card.title).toBe(welshSession.title);
    expect(card.background).toBe(BRAND_COLOUR);
    expect(card.details).toHaveLength(1);
    expect(sessionOpenGraphCard({ ...welshSession, theme: { ...welshSession.theme!, colour: "red; background: url(x)" } }, "en").background).toBe(BRAND_COLOUR);
  });

  it("gives a week its title, dates and organiser under the site's name, on the brand colour", () => {
    expect(weekOpenGraphCard(week, "cy")).toMatchObject({
      background: BRAND_COLOUR,
      kicker: "Wythnos DPP",
      title: "Wythnos Gwaith Cymdeithasol 2025",
      details: ["17–21 Mawrth 2025"],
      footer: "Gofal Cymdeithasol Cymru",
    });
    expect(weekOpenGraphCard(week, "en")).toMatchObject({ kicker: "CPD Week", details: ["17–21 March 2025"] });
  });

  it("writes text that passes WCAG AA (4.5:1) on any background colour an organiser can choose", () => {
    const colour = fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`);
    fc.assert(
      fc.property(colour, (background) => contrastRatio(inkFor(background), background) >= MIN_TEXT_CONTRAST),
      { numRuns: 2000 },
    );
    // The hardest case: a mid grey, where white and black are nearly equal.
    expect(contrastRatio(inkFor("#767676"), "#767676")).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(inkFor(BRAND_COLOUR)).toBe("#ffffff");
    expect(inkFor("#f4b400")).toBe("#000000");
  });

  it("describes the image by its words, title first, in the page's language", () => {
    expect(openGraphCardAlt(sessionOpenGraphCard({ ...welshSession, cancelled: true }, "cy"))).toBe(
      "Wedi’i chanslo. Gwerthoedd cyson a rolau sy’n newid – hunaniaeth gwaith cymdeithasol dros amser. Dydd Mercher 19 Mawrth 2025 · 12:30–14:00 GMT. Cynnal ein hunaniaeth gwaith cymdeithasol. Wythnos Gwaith Cymdeithasol 2025. Gofal Cymdeithasol Cymru.",
    );
    expect(openGraphCardAlt(sessionOpenGraphCard({ ...welshSession, title: "Do you get me?" }, "en"))).toMatch(/^Do you get me\? Wednesday 19 March 2025/);
  });

  it("has a version that changes with anything drawn, and only then", () => {
    const card = sessionOpenGraphCard(welshSession, "en");
    expect(openGraphCardVersion(card)).toMatch(/^[0-9a-f]{12}$/);
    expect(openGraphCardVersion(sessionOpenGraphCard(welshSession, "en"))).toBe(openGraphCardVersion(card));
    expect(openGraphCardVersion(sessionOpenGraphCard(welshSession, "cy"))).not.toBe(openGraphCardVersion(card));
    expect(openGraphCardVersion(sessionOpenGraphCard({ ...welshSession, cancelled: true }, "en"))).not.toBe(openGraphCardVersion(card));
    expect(openGraphCardVersion(sessionOpenGraphCard({ ...welshSession, theme: { ...welshSession.theme!, colour: "#1d70b8" } }, "en"))).not.toBe(
      openGraphCardVersion(card),
    );
  });
});
