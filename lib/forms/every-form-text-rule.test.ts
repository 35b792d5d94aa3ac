import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { sessionBookingRuleSchema, weekBookingRuleSchema } from "../admin/booking/booking-rule-form";
import { invitationCodeFormSchema } from "../admin/booking/invitation-codes";
import { eventFormSchema } from "../admin/events/event-schema";
import { resourceFormSchema } from "../admin/resources/resource-form-schema";
import { sessionFormSchema } from "../admin/sessions/session-form-schema";
import { speakerFormSchema } from "../admin/speakers/speaker-schema";
import { themeFormSchema } from "../admin/themes/theme-schema";
import { detailsSchema, signUpSchema } from "../auth/account-schemas";
import { changeEmailSchema } from "../auth/account-schemas";
import { revokeCertificateSchema } from "../certificates/revoke-certificate";
import { otherEntrySchema, sessionEntrySchema } from "../cpd/cpd-entry-schema";
import { peerConfirmationRequestSchema } from "../cpd/peer/peer-confirmation-schema";
import { learningDiscussionSchema, renewalDateSchema } from "../cpd/renewal-schemas";
import { feedbackFormSchema } from "../feedback/feedback-form";
import { messageFormSchema } from "../messages/message-form";
import { opportunityFormSchema, reflectionFormSchema, slotFormSchema } from "../observations/observation-schemas";
import { accessRequestSchema } from "../registration/access-needs/access-request-form";
import { CONTROL_CHARACTERS } from "./text-fields";

// Every form that stores text people type, with a valid submission and its
// text fields sorted into single-line and multi-line. A new text field must be
// added here (the last test fails until it is), so it cannot miss the shared
// rule in lib/forms/text-fields.ts.
type FormCase = {
  name: string;
  schema: z.ZodType;
  valid: Record<string, unknown>;
  singleLine: string[];
  multiLine: string[];
  /** Text fields that are not free text (ids, slugs, codes, dates, numbers, passwords, emails). */
  notFreeText: string[];
};

const forms: FormCase[] = [
  {
    name: "sign-up",
    schema: signUpSchema,
    valid: {
      name: "Alex Morgan",
      email: "alex@example.org",
      password: "a long enough password",
      regulator: "SOCIAL_CARE_WALES",
      registrationNumber: "SCW-1",
      jobRole: "Social worker",
      organisation: "Cyngor Gwynedd",
    },
    singleLine: ["name", "registrationNumber", "jobRole", "organisation"],
    multiLine: [],
    notFreeText: ["email", "password", "regulator", "language"],
  },
  {
    name: "my details",
    schema: detailsSchema,
    valid: { name: "Alex Morgan", regulator: "NONE" },
    singleLine: ["name", "registrationNumber", "jobRole", "organisation"],
    multiLine: [],
    notFreeText: ["regulator", "language"],
  },
  {
    name: "week",
    schema: eventFormSchema,
    valid: { title: "Social Work Week", summary: "Five days of learning.", startDate: "2025-03-17", endDate: "2025-03-21", organiserName: "Social Care Wales" },
    singleLine: ["title", "titleCy", "organiserName", "organiserNameCy"],
    multiLine: ["summary", "summaryCy", "description", "descriptionCy", "audienceNote", "audienceNoteCy"],
    notFreeText: ["slug", "startDate", "endDate", "timeZone", "audiences"],
  },
  {
    name: "theme",
    schema: themeFormSchema,
    valid: { eventId: "e1", name: "Wellbeing", summary: "Looking after ourselves.", colour: "#1d4e89" },
    singleLine: ["name", "nameCy"],
    multiLine: ["summary", "summaryCy"],
    notFreeText: ["eventId", "slug", "colour", "position"],
  },
  {
    name: "speaker",
    schema: speakerFormSchema,
    valid: { name: "Sarah McCarthy" },
    singleLine: ["name", "role", "roleCy", "organisation", "organisationCy"],
    multiLine: ["bio", "bioCy"],
    notFreeText: ["slug"],
  },
  {
    name: "session",
    schema: sessionFormSchema,
    valid: {
      eventId: "e1",
      title: "Moral injury",
      summary: "What it is.",
      description: "Why it matters.",
      date: "2025-03-20",
      startTime: "13:00",
      endTime: "14:30",
      format: "IN_PERSON",
      deliveryLanguage: "WELSH",
      venue: "Town Hall",
      joinUrl: "",
      speakers: [],
    },
    singleLine: ["title", "titleCy", "venue", "venueCy", "joinUrl"],
    multiLine: ["summary", "summaryCy", "description", "descriptionCy"],
    notFreeText: [
      "eventId",
      "themeId",
      "slug",
      "date",
      "startTime",
      "endTime",
      "format",
      "deliveryLanguage",
      "capacity",
      "cpdHours",
      "audiences",
      "accessProvided",
      "featured",
      "peerDiscussion",
      "speakers",
    ],
  },
  {
    name: "CPD entry for a session",
    schema: sessionEntrySchema,
    valid: { registrationId: "r1", hours: "1.5", learning: "What I learnt about moral injury.", impact: "I will ask about it.", standards: ["1.1"] },
    singleLine: [],
    multiLine: ["learning", "impact", "peerNotes"],
    notFreeText: ["registrationId", "hours", "peerReflection", "standards"],
  },
  {
    name: "CPD entry for other learning",
    schema: otherEntrySchema("2026-12-06"),
    valid: {
      title: "Reading on trauma",
      activityType: "READING",
      activityDate: "2026-11-01",
      hours: "2",
      learning: "What I learnt about trauma-informed practice.",
      impact: "I will slow down.",
      standards: ["1.1"],
    },
    singleLine: ["title"],
    multiLine: ["learning", "impact", "peerNotes"],
    notFreeText: ["entryId", "observationBookingId", "activityType", "activityDate", "hours", "peerReflection", "standards"],
  },
  {
    name: "registration renewal date",
    schema: renewalDateSchema("2026-12-06"),
    valid: { renewalDate: "2027-03-01" },
    singleLine: [],
    multiLine: [],
    notFreeText: ["renewalDate"],
  },
  {
    name: "discussion of learning with a manager",
    schema: learningDiscussionSchema("2026-12-06"),
    valid: { discussedOn: "2026-11-20", discussionNote: "Supervision: agreed a refresher on the Mental Capacity Act." },
    singleLine: ["discussionNote"],
    multiLine: [],
    notFreeText: ["discussedOn"],
  },
  {
    name: "change of email address",
    schema: changeEmailSchema,
    valid: { newEmail: "alex@glanusk.gov.uk", password: "a long enough password" },
    singleLine: [],
    multiLine: [],
    notFreeText: ["newEmail", "password"],
  },
  {
    // The transforms (domains parsed into a list) come after the fields are checked: the fields are those of the input.
    name: "week's booking rule",
    schema: weekBookingRuleSchema.in,
    valid: { eventId: "e1", bookingRule: "EMAIL_DOMAIN", bookingDomains: "glanusk.gov.uk", bookingAudience: "staff of Glan Usk County Council" },
    singleLine: ["bookingAudience", "bookingAudienceCy"],
    multiLine: [],
    notFreeText: ["eventId", "bookingRule", "bookingDomains"],
  },
  {
    name: "session's booking rule",
    schema: sessionBookingRuleSchema.in,
    valid: { sessionId: "s1", bookingRule: "" },
    singleLine: ["bookingAudience", "bookingAudienceCy"],
    multiLine: [],
    notFreeText: ["sessionId", "bookingRule", "bookingDomains", "unlisted"],
  },
  {
    name: "invitation code",
    schema: invitationCodeFormSchema,
    valid: { sessionId: "s1", label: "Gwent Police" },
    singleLine: ["label"],
    multiLine: [],
    notFreeText: ["sessionId", "code", "maxUses", "expiresOn"],
  },
  {
    name: "access needs",
    schema: accessRequestSchema.in,
    valid: { registrationId: "r1", needs: ["CAPTIONS"] },
    singleLine: [],
    multiLine: ["other"],
    notFreeText: ["registrationId", "needs"],
  },
  {
    name: "observation opportunity",
    schema: opportunityFormSchema,
    valid: {
      eventId: "e1",
      team: "Duty team, Ystrad",
      activity: "DUTY_SHIFT",
      format: "IN_PERSON",
      location: "Ystrad office",
      hostName: "Rhian Powell",
      hostEmail: "rhian@example.org",
    },
    singleLine: ["team", "teamCy", "location", "hostName"],
    multiLine: ["description", "descriptionCy"],
    notFreeText: ["eventId", "activity", "format", "observersPerSlot", "hostEmail"],
  },
  {
    name: "observation slot",
    schema: slotFormSchema,
    valid: { opportunityId: "o1", date: "2026-12-21", startTime: "09:00", endTime: "12:00" },
    singleLine: [],
    multiLine: [],
    notFreeText: ["opportunityId", "date", "startTime", "endTime"],
  },
  {
    name: "observation reflection",
    schema: reflectionFormSchema,
    valid: { bookingId: "b1", workingWell: "Calm duty calls.", couldBeBetter: "Recording time." },
    singleLine: [],
    multiLine: ["workingWell", "couldBeBetter", "themes", "followUp"],
    notFreeText: ["bookingId"],
  },
  {
    name: "organiser's message",
    schema: messageFormSchema,
    valid: {
      sessionId: "s1",
      audience: "WAITLISTED",
      subject: "A place may come up",
      body: "Keep an eye on your email.",
      subjectCy: "Efallai y daw lle",
      bodyCy: "Cadwch lygad ar eich e-bost.",
      when: "now",
    },
    singleLine: ["subject", "subjectCy"],
    multiLine: ["body", "bodyCy"],
    notFreeText: ["sessionId", "eventId", "messageId", "audience", "when", "sendOn", "sendTime"],
  },
  {
    name: "session feedback",
    schema: feedbackFormSchema,
    valid: { registrationId: "r1", relevance: "4", quality: "5", mostUseful: "The case study.", couldBeBetter: "More time for questions." },
    singleLine: [],
    multiLine: ["mostUseful", "couldBeBetter"],
    notFreeText: ["registrationId", "relevance", "quality", "showName"],
  },
  {
    name: "session resource",
    schema: resourceFormSchema,
    valid: {
      sessionId: "s1",
      kind: "RECORDING",
      title: "Recording of the session",
      titleCy: "Recordiad o’r sesiwn",
      url: "https://glanuskcc.sharepoint.com/:v:/s/practiceweek/recording",
      visibility: "ATTENDEES",
    },
    singleLine: ["title", "titleCy", "url"],
    multiLine: [],
    notFreeText: ["sessionId", "resourceId", "kind", "visibility"],
  },
  {
    name: "peer confirmation request",
    schema: peerConfirmationRequestSchema,
    valid: { entryId: "e1", colleagueName: "Siân Pritchard", colleagueEmail: "sian@example.org", language: "BILINGUAL" },
    singleLine: ["colleagueName"],
    multiLine: [],
    notFreeText: ["entryId", "colleagueEmail", "language"],
  },
  {
    name: "certificate revocation",
    schema: revokeCertificateSchema,
    valid: { certificateId: "c1", reason: "Issued in error.", confirm: "on" },
    singleLine: [],
    multiLine: ["reason"],
    notFreeText: ["certificateId", "confirm"],
  },
];

const messageFor = (schema: z.ZodType, input: Record<string, unknown>, field: string) => {
  const result = schema.safeParse(input);
  return result.success ? null : (result.error.issues.find((issue) => issue.path[0] === field)?.message ?? null);
};

describe.each(forms)("the $name form", (form) => {
  it("accepts its valid submission", () => {
    expect(form.schema.safeParse(form.valid).error?.issues ?? []).toEqual([]);
  });

  it.each(form.singleLine)("refuses line breaks, tabs and other control characters in %s", (field) => {
    for (const hostile of ["Wales\r\nATTENDEE:x", "a\tb", "a\u0000b", "a\u2028b"]) {
      expect(messageFor(form.schema, { ...form.valid, [field]: hostile }, field), JSON.stringify(hostile)).toBe(CONTROL_CHARACTERS);
    }
  });

  it.each(form.multiLine)("keeps line breaks in %s but refuses other control characters", (field) => {
    expect(messageFor(form.schema, { ...form.valid, [field]: "First line is long enough.\r\nSecond line." }, field)).toBeNull();
    for (const hostile of ["a\u0000b", "a\u001bb", "a\u0085b"]) {
      expect(messageFor(form.schema, { ...form.valid, [field]: hostile }, field), JSON.stringify(hostile)).toBe(CONTROL_CHARACTERS);
    }
  });

  it("sorts every one of its fields", () => {
    const shape = (form.schema as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } }).shape;
    const fields = Object.keys(shape ?? {}).sort();
    expect(fields.length).toBeGreaterThan(0);
    expect([...form.singleLine, ...form.multiLine, ...form.notFreeText].sort()).toEqual(fields);
  });
});
