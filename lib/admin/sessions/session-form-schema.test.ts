import { describe, expect, it } from "vitest";
import { orderedSpeakers, readSessionForm, sessionFormSchema } from "./session-form-schema";
import { sessionFormValues, speakerRowCount } from "./session-form-values";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("reading the session form", () => {
  it("keeps every audience ticked, reads the featured and peer discussion boxes, and leaves out speaker rows with no speaker", () => {
    const input = readSessionForm(
      formData([
        ["title", "A title"],
        ["audiences", "PRACTITIONERS"],
        ["audiences", "EMPLOYERS"],
        ["featured", "on"],
        ["peerDiscussion", "on"],
        ["speakerId-1", ""],
        ["speakerPart-1", "CHAIR"],
        ["speakerPosition-1", "1"],
        ["speakerId-2", "speaker-b"],
        ["speakerPart-2", "HOST"],
        ["speakerPosition-2", ""],
        ["speakerId-5", "speaker-e"],
      ]),
    );
    expect(input.audiences).toEqual(["PRACTITIONERS", "EMPLOYERS"]);
    expect(input.featured).toBe(true);
    expect(input.peerDiscussion).toBe(true);
    expect(input.speakers).toEqual([
      { row: 2, speakerId: "speaker-b", part: "HOST", position: "" },
      { row: 5, speakerId: "speaker-e", part: "SPEAKER", position: "" },
    ]);
    expect(readSessionForm(formData([])).featured).toBe(false);
    expect(readSessionForm(formData([])).peerDiscussion).toBe(false);
  });

  it("orders speakers by the numbers given, rows without a number keeping their row's place", () => {
    const ordered = orderedSpeakers([
      { row: 1, speakerId: "a", part: "SPEAKER", position: "3" },
      { row: 2, speakerId: "b", part: "CHAIR", position: "" },
      { row: 3, speakerId: "c", part: "HOST", position: "1" },
    ]);
    expect(ordered).toEqual([
      { speakerId: "c", part: "HOST", position: 0 },
      { speakerId: "b", part: "CHAIR", position: 1 },
      { speakerId: "a", part: "SPEAKER", position: 2 },
    ]);
  });

  it("gives the same result when a checked form is checked again", () => {
    const input = readSessionForm(
      formData([
        ["eventId", "e"],
        ["title", "  Title  "],
        ["summary", "S"],
        ["description", "D"],
        ["date", "2031-03-25"],
        ["startTime", "10:00"],
        ["endTime", "11:00"],
        ["format", "IN_PERSON"],
        ["venue", "Hall"],
        ["venueCy", " Neuadd "],
        ["deliveryLanguage", "BILINGUAL"],
        ["capacity", " 12 "],
        ["cpdHours", "1.25"],
      ]),
    );
    const once = sessionFormSchema.parse(input);
    expect(once.title).toBe("Title");
    expect(once.capacity).toBe("12");
    expect(once.venueCy).toBe("Neuadd");
    expect(once.deliveryLanguage).toBe("BILINGUAL");
    expect(sessionFormSchema.parse(once)).toEqual(once);
  });
});

describe("filling in the form from a stored session", () => {
  it("shows times on the wall clock of the week's zone and numbers the speakers from 1", () => {
    const values = sessionFormValues({
      eventId: "e",
      themeId: null,
      title: "T",
      titleCy: null,
      slug: "t",
      summary: "S",
      summaryCy: null,
      description: "D",
      descriptionCy: null,
      startsAt: new Date("2031-03-31T09:00:00Z"),
      endsAt: new Date("2031-03-31T10:30:00Z"),
      format: "ONLINE",
      venue: "Microsoft Teams",
      venueCy: null,
      deliveryLanguage: "WELSH",
      joinUrl: "https://x.example",
      capacity: null,
      cpdHours: "1.50",
      audiences: ["PRACTITIONERS", "EMPLOYERS"],
      accessProvided: ["CAPTIONS", "STEP_FREE"],
      featured: true,
      peerDiscussion: true,
      speakers: [
        { speakerId: "b", part: "CHAIR", position: 1 },
        { speakerId: "a", part: "SPEAKER", position: 0 },
      ],
      event: { timeZone: "Europe/London" },
    });
    expect(values).toMatchObject({
      date: "2031-03-31",
      startTime: "10:00",
      endTime: "11:30",
      venue: "Microsoft Teams",
      venueCy: "",
      deliveryLanguage: "WELSH",
      capacity: "",
      cpdHours: "1.5",
      audiences: "PRACTITIONERS,EMPLOYERS",
      accessProvided: "CAPTIONS,STEP_FREE",
      featured: "on",
      peerDiscussion: "on",
      "speakerId-1": "a",
      "speakerPosition-1": "1",
      "speakerId-2": "b",
      "speakerPart-2": "CHAIR",
    });
    expect(speakerRowCount(values)).toBe(4);
    expect(speakerRowCount({ "speakerId-5": "x" })).toBe(7);
  });
});

describe("the Welsh fields and the language of delivery", () => {
  const valid = {
    eventId: "e",
    title: "Moral injury",
    titleCy: "Niwed moesol",
    summary: "What it is.",
    summaryCy: "Beth ydyw.",
    description: "Why it matters.",
    descriptionCy: "Pam mae’n bwysig.",
    date: "2025-03-20",
    startTime: "13:00",
    endTime: "14:30",
    format: "IN_PERSON",
    venue: "Town Hall, Bala",
    venueCy: "Neuadd y Dref, y Bala",
    deliveryLanguage: "WELSH",
  };
  const problemWith = (field: string, value: unknown) => {
    const result = sessionFormSchema.safeParse({ ...valid, [field]: value });
    return result.success ? null : (result.error.issues.find((issue) => issue.path[0] === field)?.message ?? null);
  };

  it("keeps the Welsh beside the English, trimmed, and the language chosen", () => {
    const parsed = sessionFormSchema.parse({ ...valid, titleCy: "  Niwed moesol  ", venueCy: " Neuadd y Dref, y Bala " });
    expect(parsed).toMatchObject({ titleCy: "Niwed moesol", venueCy: "Neuadd y Dref, y Bala", deliveryLanguage: "WELSH" });
  });

  it("accepts each of the five languages of delivery", () => {
    for (const language of ["ENGLISH", "WELSH", "BILINGUAL", "ENGLISH_WITH_WELSH_INTERPRETATION", "WELSH_WITH_ENGLISH_INTERPRETATION"]) {
      expect(problemWith("deliveryLanguage", language), language).toBeNull();
    }
  });

  it("requires a language of delivery, from the list, spelt as stored", () => {
    for (const bad of [undefined, "", "welsh", "Welsh", "CYMRAEG", "WELSH ", ["WELSH"], { not: "ENGLISH" }, 1]) {
      expect(problemWith("deliveryLanguage", bad), JSON.stringify(bad)).toBe("deliveryLanguageRequired");
    }
  });

  it("leaves every Welsh field optional", () => {
    for (const field of ["titleCy", "summaryCy", "descriptionCy", "venueCy"]) {
      expect(problemWith(field, ""), field).toBeNull();
      expect(problemWith(field, undefined), field).toBeNull();
    }
  });

  it("holds the Welsh to the English field's length", () => {
    expect(problemWith("titleCy", "t".repeat(201))).toBe("titleTooLong");
    expect(problemWith("summaryCy", "s".repeat(601))).toBe("summaryTooLong");
    expect(problemWith("descriptionCy", "d".repeat(20_001))).toBe("descriptionTooLong");
    expect(problemWith("venueCy", "v".repeat(301))).toBe("venueTooLong");
    expect(problemWith("venueCy", "v".repeat(300))).toBeNull();
  });

  it("refuses a line break in a Welsh title or venue, and other control characters anywhere", () => {
    expect(problemWith("titleCy", "Niwed\nmoesol")).toBe("controlCharacters");
    expect(problemWith("venueCy", "Neuadd\r\nGEO:1;1")).toBe("controlCharacters");
    expect(problemWith("descriptionCy", "Paragraff\u0000")).toBe("controlCharacters");
    expect(problemWith("descriptionCy", "Paragraff un.\n\nParagraff dau.")).toBeNull();
  });

  it("reads the radio button and the Welsh venue from a submitted form", () => {
    const input = readSessionForm(
      formData([
        ["deliveryLanguage", "ENGLISH_WITH_WELSH_INTERPRETATION"],
        ["venueCy", "Neuadd"],
      ]),
    );
    expect(input).toMatchObject({ deliveryLanguage: "ENGLISH_WITH_WELSH_INTERPRETATION", venueCy: "Neuadd" });
    expect(readSessionForm(formData([])).deliveryLanguage).toBe("");
  });
});
