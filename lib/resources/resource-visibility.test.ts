import { describe, expect, it } from "vitest";
import type { ResourceKind, ResourceVisibility } from "../generated/prisma/enums";
import { mayViewResource, resourceViewerOf, stillToComeFor, type ResourceViewer } from "./resource-visibility";

const endsAt = new Date("2026-03-18T12:00:00Z");
const during = { sessionEndsAt: endsAt, now: new Date("2026-03-18T11:59:59Z") };
const after = { sessionEndsAt: endsAt, now: endsAt };
const resource = (visibility: ResourceVisibility, kind: ResourceKind = "SLIDES") => ({ kind, visibility });

const viewers: ResourceViewer[] = ["VISITOR", "SIGNED_IN", "REGISTRANT", "ATTENDEE"];

describe("who stands where", () => {
  it("a visitor is a visitor, whatever the registration says", () => {
    expect(resourceViewerOf(false, { status: "CONFIRMED", attendance: "ATTENDED" })).toBe("VISITOR");
  });

  it("counts a confirmed place, not the waiting list or a cancelled place", () => {
    expect(resourceViewerOf(true, null)).toBe("SIGNED_IN");
    expect(resourceViewerOf(true, { status: "WAITLISTED", attendance: "UNMARKED" })).toBe("SIGNED_IN");
    expect(resourceViewerOf(true, { status: "CANCELLED", attendance: "UNMARKED" })).toBe("SIGNED_IN");
    expect(resourceViewerOf(true, { status: "CONFIRMED", attendance: "UNMARKED" })).toBe("REGISTRANT");
    expect(resourceViewerOf(true, { status: "CONFIRMED", attendance: "ABSENT" })).toBe("REGISTRANT");
  });

  it("counts attendance as marked (register or self check-in)", () => {
    expect(resourceViewerOf(true, { status: "CONFIRMED", attendance: "ATTENDED" })).toBe("ATTENDEE");
  });
});

describe("who may see a resource", () => {
  const matrix: Record<ResourceVisibility, Record<ResourceViewer, boolean>> = {
    EVERYONE: { VISITOR: true, SIGNED_IN: true, REGISTRANT: true, ATTENDEE: true },
    REGISTRANTS: { VISITOR: false, SIGNED_IN: false, REGISTRANT: true, ATTENDEE: true },
    ATTENDEES: { VISITOR: false, SIGNED_IN: false, REGISTRANT: false, ATTENDEE: true },
  };

  for (const visibility of ["EVERYONE", "REGISTRANTS", "ATTENDEES"] as const) {
    for (const viewer of viewers) {
      it(`${visibility} slides: ${viewer} ${matrix[visibility][viewer] ? "sees them" : "does not"}, during and after the session`, () => {
        expect(mayViewResource(resource(visibility), viewer, during)).toBe(matrix[visibility][viewer]);
        expect(mayViewResource(resource(visibility), viewer, after)).toBe(matrix[visibility][viewer]);
      });
    }
  }

  it("a recording for attendees: only an attendee, and only once the session has ended", () => {
    const recording = resource("ATTENDEES", "RECORDING");
    expect(mayViewResource(recording, "ATTENDEE", during)).toBe(false);
    expect(mayViewResource(recording, "ATTENDEE", after)).toBe(true);
    for (const viewer of ["VISITOR", "SIGNED_IN", "REGISTRANT"] as const) {
      expect(mayViewResource(recording, viewer, during)).toBe(false);
      expect(mayViewResource(recording, viewer, after)).toBe(false);
    }
  });

  it("a recording for everyone still waits for the end of the session", () => {
    for (const viewer of viewers) {
      expect(mayViewResource(resource("EVERYONE", "RECORDING"), viewer, during)).toBe(false);
      expect(mayViewResource(resource("EVERYONE", "RECORDING"), viewer, after)).toBe(true);
    }
  });
});

describe("what is still to come", () => {
  const all = [resource("EVERYONE"), resource("REGISTRANTS", "READING"), resource("ATTENDEES", "RECORDING")];

  it("tells each person only about groups they are not in", () => {
    expect(stillToComeFor(all, "VISITOR", after)).toEqual(["registrants", "attendees"]);
    expect(stillToComeFor(all, "SIGNED_IN", after)).toEqual(["registrants", "attendees"]);
    expect(stillToComeFor(all, "REGISTRANT", after)).toEqual(["attendees"]);
    expect(stillToComeFor(all, "ATTENDEE", after)).toEqual([]);
  });

  it("tells someone who may see a recording that it comes after the session", () => {
    expect(stillToComeFor(all, "ATTENDEE", during)).toEqual(["afterSession"]);
    expect(stillToComeFor([resource("EVERYONE", "RECORDING")], "VISITOR", during)).toEqual(["afterSession"]);
  });

  it("says nothing when nothing is held back", () => {
    expect(stillToComeFor([], "VISITOR", during)).toEqual([]);
    expect(stillToComeFor([resource("EVERYONE")], "VISITOR", during)).toEqual([]);
  });
});
