import { z } from "zod";
import type { MarkAttendanceInput } from "./mark-attendance";
import { recordIdSchema } from "./registration-schemas";

// The attendance register is one plain form (it works without JavaScript):
// the button pressed says what to do through its name="intent" value.
//   "selected:ATTENDED" | "selected:ABSENT"  the ticked people
//   "unmarked:ABSENT"                        everyone not yet marked
//   "one:<ATTENDED|ABSENT|UNMARKED>:<id>"    the person on that row
const intentPattern = /^(?:(selected):(ATTENDED|ABSENT)|(unmarked):(ABSENT)|(one):(ATTENDED|ABSENT|UNMARKED):([a-z0-9]{1,64}))$/i;

export const attendanceFormSchema = z
  .object({
    sessionId: recordIdSchema,
    intent: z.string().regex(intentPattern),
    registrationIds: z.array(recordIdSchema).max(5000),
    q: z.string().max(100).optional(),
  })
  .transform(({ sessionId, intent, registrationIds, q }) => {
    const match = intentPattern.exec(intent) ?? [];
    const attendance = (match[2] ?? match[4] ?? match[6] ?? "").toUpperCase() as MarkAttendanceInput["attendance"];
    const one = match[7];
    const input: MarkAttendanceInput = {
      sessionId,
      attendance,
      registrationIds: match[3] ? "unmarked" : one ? [one] : registrationIds,
    };
    // Where the page should open afterwards, so the organiser keeps their place in the list.
    const anchor = one ? `row-${one}` : "summary";
    return { input, anchor, single: one ?? null, q: q?.trim() ?? "" };
  });

/** The form's values as the schema expects them. */
export function attendanceFormFields(formData: FormData) {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return {
    sessionId: text("sessionId"),
    intent: text("intent"),
    registrationIds: formData.getAll("registrationIds").filter((value): value is string => typeof value === "string"),
    q: text("q"),
  };
}
