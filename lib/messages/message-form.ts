import { z } from "zod";
import { recordIdSchema } from "../admin/registrations/registration-schemas";
import { isClockTime, localToUtc } from "../admin/sessions/session-time";
import { calendarDaySchema } from "../dates/calendar-day";
import type { Result } from "../forms/result";
import { multiLineText, nullWhenEmpty, singleLineText } from "../forms/text-fields";
import { BODY_MAX, MESSAGE_AUDIENCES, SUBJECT_MAX } from "./message-limits";

// The form an organiser writes a message with. Messages are keys of
// admin.messages.errors. The organiser writes the English and, optionally,
// the Welsh; half a Welsh version (a subject without a text) is refused.

/** The furthest ahead a message may be scheduled: a year covers the run-up to any week. */
const LATEST_SCHEDULE_MS = 366 * 24 * 60 * 60 * 1000;

export const messageFormSchema = z
  .object({
    /** The session it is about; empty for a message to the whole week. */
    sessionId: z.union([z.literal(""), recordIdSchema]).default(""),
    eventId: z.union([z.literal(""), recordIdSchema]).default(""),
    /** A draft being changed; empty for a new one. */
    messageId: z.union([z.literal(""), recordIdSchema]).default(""),
    audience: z.enum(MESSAGE_AUDIENCES, { error: "audienceRequired" }),
    subject: singleLineText(SUBJECT_MAX, { required: "subjectRequired", tooLong: "subjectTooLong" }),
    body: multiLineText(BODY_MAX, { required: "bodyRequired", tooLong: "bodyTooLong" }),
    subjectCy: nullWhenEmpty(singleLineText(SUBJECT_MAX, { tooLong: "subjectTooLong" })),
    bodyCy: nullWhenEmpty(multiLineText(BODY_MAX, { tooLong: "bodyTooLong" })),
    when: z.enum(["now", "later"], { error: "whenRequired" }),
    sendOn: z.string().trim().default(""),
    sendTime: z.string().trim().default(""),
  })
  .superRefine((form, context) => {
    if (!form.sessionId && !form.eventId) context.addIssue({ code: "custom", path: ["form"], message: "notFound" });
    if (form.subjectCy && !form.bodyCy) context.addIssue({ code: "custom", path: ["bodyCy"], message: "welshBodyMissing" });
    if (form.bodyCy && !form.subjectCy) context.addIssue({ code: "custom", path: ["subjectCy"], message: "welshSubjectMissing" });
    if (form.when === "later") {
      if (!calendarDaySchema().safeParse(form.sendOn).success) context.addIssue({ code: "custom", path: ["sendOn"], message: "sendOnInvalid" });
      if (!isClockTime(form.sendTime)) context.addIssue({ code: "custom", path: ["sendTime"], message: "sendTimeInvalid" });
    }
  });

export type MessageForm = z.infer<typeof messageFormSchema>;

/** When to send, or the field problem with the date or time chosen. */
export type ScheduleResult = Result<{ sendAt: Date | null }, never>;

/**
 * When a message is to go: null for "now"; otherwise the wall-clock date and
 * time in the week's time zone, which must be in the future and within a year.
 */
export function scheduledTime(form: Pick<MessageForm, "when" | "sendOn" | "sendTime">, timeZone: string, now: Date): ScheduleResult {
  if (form.when === "now") return { ok: true, sendAt: null };
  const local = localToUtc(form.sendOn, form.sendTime, timeZone);
  if (!local.ok) return { ok: false, fieldErrors: { sendTime: local.refusal === "nonexistent" ? "sendTimeSkipped" : "sendTimeInvalid" } };
  if (local.instant.getTime() <= now.getTime()) return { ok: false, fieldErrors: { sendOn: "sendAtPast" } };
  if (local.instant.getTime() - now.getTime() > LATEST_SCHEDULE_MS) return { ok: false, fieldErrors: { sendOn: "sendAtTooLate" } };
  return { ok: true, sendAt: local.instant };
}
