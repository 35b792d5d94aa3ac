import { z } from "zod";

/** A record id as Prisma makes them (cuid): anything else is refused before it reaches a query. */
export const recordIdSchema = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i);

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
  | "invalid";

/** A refusal: `field` names the form control the problem belongs to, when there is one. */
export type RegistrationsRefusal = { ok: false; reason: RegistrationsErrorKey; field?: string };

export const refuse = (reason: RegistrationsErrorKey, field?: string): RegistrationsRefusal => ({ ok: false, reason, ...(field ? { field } : {}) });
