import { describe, expect, it } from "vitest";
import { orderedSpeakers, readSessionForm, sessionFormSchema } from "./session-form-schema";
import { sessionFormValues, speakerRowCount } from "./session-form-values";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("reading the session form", () => {
  it("keeps every audience ticked, reads the featured box, and leaves out speaker rows with no speaker", () => {
    const input = readSessionForm(
      formData([
        ["title", "A title"],
        ["audiences", "PRACTITIONERS"],
        ["audiences", "EMPLOYERS"],
        ["featured", "on"],
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
    expect(input.speakers).toEqual([
      { row: 2, speakerId: "speaker-b", part: "HOST", position: "" },
      { row: 5, speakerId: "speaker-e", part: "SPEAKER", position: "" },
    ]);
    expect(readSessionForm(formData([])).featured).toBe(false);
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
        ["capacity", " 12 "],
        ["cpdHours", "1.25"],
      ]),
    );
    const once = sessionFormSchema.parse(input);
    expect(once.title).toBe("Title");
    expect(once.capacity).toBe("12");
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
      venue: null,
      joinUrl: "https://x.example",
      capacity: null,
      cpdHours: "1.50",
      audiences: ["PRACTITIONERS", "EMPLOYERS"],
      featured: true,
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
      capacity: "",
      cpdHours: "1.5",
      audiences: "PRACTITIONERS,EMPLOYERS",
      featured: "on",
      "speakerId-1": "a",
      "speakerPosition-1": "1",
      "speakerId-2": "b",
      "speakerPart-2": "CHAIR",
    });
    expect(speakerRowCount(values)).toBe(4);
    expect(speakerRowCount({ "speakerId-5": "x" })).toBe(7);
  });
});
