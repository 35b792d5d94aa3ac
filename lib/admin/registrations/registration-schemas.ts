import { z } from "zod";
import type { Failed } from "../../forms/result";

/** A record id as Prisma makes them (cuid): anything else is refused before it reaches a query. */
export const recordIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i);

export const attendanceSchema = z.enum(["ATTENDED", "ABSENT", "UNMARKED"]);
export type Attendance = z.infer<typeof attendanceSchema>;

/** Keys of "admin.registrations.errors": why a change was refused (nothing was written). */
export type RegistrationsErrorKey =
  | "sessionNotFound"
  | "registrationNotFound"
  | "notOnWaitingList"
  | "sessionFull"
  | "sessionCancelled"
  | "alreadyCancelled"
  | "noneSelected"
  | "requestNotFound"
  | "requestAlreadyDecided"
  | "sessionStarted"
  | "sessionNotOpen"
  | "invalid";

/**
 * A refusal, in the shape of every form's failure (lib/forms/form-failure.ts):
 * beside the form control it belongs to when there is one, else of the whole form.
 */
export type RegistrationsRefusal = Failed<RegistrationsErrorKey>;

export const refuse = (key: RegistrationsErrorKey, field?: string): RegistrationsRefusal =>
  field ? { ok: false, fieldErrors: { [field]: key } } : { ok: false, refusal: key };
