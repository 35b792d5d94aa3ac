import { describe, expect, it } from "vitest";
import { findMissingWelsh, type WeekForWelsh } from "./missing-welsh";

/** A week with everything written in both languages; each test takes something away. */
function bilingualWeek(): WeekForWelsh {
  return {
    event: {
      id: "e1",
      title: "Social Work Week",
      titleCy: "Wythnos Gwaith Cymdeithasol",
      summary: "Five days of learning.",
      summaryCy: "Pum diwrnod o ddysgu.",
      description: "About the week.",
      descriptionCy: "Am yr wythnos.",
      organiserName: "Social Care Wales",
      organiserNameCy: "Gofal Cymdeithasol Cymru",
      audienceNote: ["social workers"],
      audienceNoteCy: ["gweithwyr cymdeithasol"],
    },
    themes: [{ id: "t1", name: "Well-being", nameCy: "Llesiant", summary: "Looking after ourselves.", summaryCy: "Gofalu amdanom ni ein hunain." }],
    sessions: [
      {
        id: "s1",
        title: "Mock court",
        titleCy: "Llys ffug",
        summary: "Giving evidence.",
        summaryCy: "Rhoi tystiolaeth.",
        description: "In court.",
        descriptionCy: "Yn y llys.",
        format: "IN_PERSON",
        venue: "County Hall",
        venueCy: "Neuadd y Sir",
      },
    ],
    speakers: [
      {
        id: "p1",
        name: "Sarah McCarty",
        role: "Chief Executive",
        roleCy: "Prif Weithredwr",
        organisation: "Social Care Wales",
        organisationCy: "Gofal Cymdeithasol Cymru",
        bio: "Leads Social Care Wales.",
        bioCy: "Yn arwain Gofal Cymdeithasol Cymru.",
      },
    ],
  };
}

describe("what of a week still lacks Welsh", () => {
  it("is nothing when every English field has Welsh beside it", () => {
    expect(findMissingWelsh(bilingualWeek())).toEqual([]);
  });

  it("names each record with English but no Welsh, and which fields, the week first", () => {
    const week = bilingualWeek();
    week.event.titleCy = null;
    week.event.audienceNoteCy = [];
    week.themes[0]!.summaryCy = "";
    week.sessions[0]!.venueCy = null;
    week.sessions[0]!.descriptionCy = null;
    week.speakers[0]!.organisationCy = null;
    week.speakers[0]!.bioCy = null;
    expect(findMissingWelsh(week)).toEqual([
      { kind: "event", id: "e1", name: "Social Work Week", fields: ["title", "audienceNote"] },
      { kind: "theme", id: "t1", name: "Well-being", fields: ["summary"] },
      { kind: "session", id: "s1", name: "Mock court", fields: ["description", "venue"] },
      { kind: "speaker", id: "p1", name: "Sarah McCarty", fields: ["organisation", "bio"] },
    ]);
  });

  it("asks for no Welsh where there is no English (an empty description, a speaker without a role)", () => {
    const week = bilingualWeek();
    week.event.description = null;
    week.event.descriptionCy = null;
    week.event.audienceNote = [];
    week.event.audienceNoteCy = [];
    week.speakers[0]!.role = null;
    week.speakers[0]!.roleCy = null;
    week.speakers[0]!.organisation = "  ";
    week.speakers[0]!.organisationCy = null;
    expect(findMissingWelsh(week)).toEqual([]);
  });

  it("counts Welsh of nothing but spaces, or blank lines, as missing", () => {
    const week = bilingualWeek();
    week.event.summaryCy = "   \n ";
    week.event.audienceNoteCy = ["", "  "];
    expect(findMissingWelsh(week)).toEqual([{ kind: "event", id: "e1", name: "Social Work Week", fields: ["summary", "audienceNote"] }]);
  });

  it("does not ask for the Welsh of an online session's platform, whose name is the same in both languages", () => {
    const week = bilingualWeek();
    week.sessions = [
      { ...week.sessions[0]!, id: "online", format: "ONLINE", venue: "Microsoft Teams", venueCy: null },
      { ...week.sessions[0]!, id: "hybrid", format: "HYBRID", venue: "County Hall", venueCy: null },
    ];
    expect(findMissingWelsh(week)).toEqual([{ kind: "session", id: "hybrid", name: "Mock court", fields: ["venue"] }]);
  });

  it("keeps the order it is given: themes, sessions and speakers as the week lists them", () => {
    const week = bilingualWeek();
    const theme = week.themes[0]!;
    week.themes = [
      { ...theme, id: "b", name: "Second", nameCy: null },
      { ...theme, id: "a", name: "First", nameCy: null },
    ];
    expect(findMissingWelsh(week).map((gap) => gap.id)).toEqual(["b", "a"]);
  });

  it("names a session's resource whose title has no Welsh, with its session for the edit page, after the speakers", () => {
    const week = bilingualWeek();
    week.speakers[0]!.bioCy = null;
    week.resources = [
      { id: "r1", sessionId: "s1", title: "Slides", titleCy: "Sleidiau" },
      { id: "r2", sessionId: "s1", title: "Recording of the session", titleCy: null },
    ];
    expect(findMissingWelsh(week)).toEqual([
      { kind: "speaker", id: "p1", name: "Sarah McCarty", fields: ["bio"] },
      { kind: "resource", id: "r2", name: "Recording of the session", fields: ["title"], sessionId: "s1" },
    ]);
  });
});
