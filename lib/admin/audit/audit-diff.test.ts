import { describe, expect, it } from "vitest";
import { diffRecords, fieldLabel, formatAuditValue, recordFields } from "./audit-diff";

const words = { empty: "(empty)", yes: "Yes", no: "No" };

describe("diffRecords", () => {
  it("lists only the fields that changed, in the record's order", () => {
    expect(
      diffRecords(
        { title: "A", capacity: 10, audiences: ["PRACTITIONERS"], speakers: [{ id: "x", part: "HOST" }] },
        { title: "A", capacity: 12, audiences: ["PRACTITIONERS"], speakers: [{ part: "HOST", id: "x" }], featured: true },
      ),
    ).toEqual([
      { field: "capacity", before: 10, after: 12 },
      { field: "featured", before: undefined, after: true },
    ]);
  });

  it("lists every field for a creation or a deletion", () => {
    expect(diffRecords(null, { role: "ORGANISER" })).toEqual([{ field: "role", before: undefined, after: "ORGANISER" }]);
    expect(diffRecords({ role: "ATTENDEE" }, undefined)).toEqual([{ field: "role", before: "ATTENDEE", after: undefined }]);
    expect(diffRecords(null, null)).toEqual([]);
    expect(diffRecords("draft", "published")).toEqual([{ field: "value", before: "draft", after: "published" }]);
  });
});

describe("recordFields", () => {
  it("lists a record's fields, or nothing for no record", () => {
    expect(recordFields({ a: 1, b: null })).toEqual([
      { field: "a", value: 1 },
      { field: "b", value: null },
    ]);
    expect(recordFields(null)).toEqual([]);
  });
});

describe("formatAuditValue", () => {
  it("shows instants in London time with GMT or BST", () => {
    expect(formatAuditValue("2025-03-18T10:00:00.000Z", words)).toBe("Tue 18 Mar 2025, 10:00 GMT");
    expect(formatAuditValue("2025-06-18T10:00:00.000Z", words)).toBe("Wed 18 Jun 2025, 11:00 BST");
  });

  it("shows empty values, booleans, lists and nested records readably", () => {
    expect(formatAuditValue(null, words)).toBe("(empty)");
    expect(formatAuditValue("", words)).toBe("(empty)");
    expect(formatAuditValue([], words)).toBe("(empty)");
    expect(formatAuditValue(false, words)).toBe("No");
    expect(formatAuditValue(["PRACTITIONERS", "EMPLOYERS"], words)).toBe("PRACTITIONERS, EMPLOYERS");
    expect(formatAuditValue({ id: "x" }, words)).toBe('{\n  "id": "x"\n}');
    expect(formatAuditValue("1.50", words)).toBe("1.50");
  });
});

describe("fieldLabel", () => {
  it("turns field names into words", () => {
    expect(fieldLabel("startsAt")).toBe("Starts at");
    expect(fieldLabel("role")).toBe("Role");
    expect(fieldLabel("waitlist_position")).toBe("Waitlist position");
  });
});
