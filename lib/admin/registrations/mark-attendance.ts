import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import { followUpTime, queueFollowUps } from "../../jobs/follow-up-jobs";
import type { PrismaClient } from "../../prisma-client";
import { lockSession } from "../../registration/lock-session";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { attendanceSchema, recordIdSchema, refuse, type Attendance, type RegistrationsRefusal } from "./registration-schemas";

export const markAttendanceSchema = z.object({
  sessionId: recordIdSchema,
  attendance: attendanceSchema,
  /** Chosen people, or "unmarked": everyone with a confirmed place who has no mark yet. */
  registrationIds: z.union([z.array(recordIdSchema).max(5000), z.literal("unmarked")]),
});

export type MarkAttendanceInput = z.input<typeof markAttendanceSchema>;

export type MarkAttendanceResult =
  | {
      ok: true;
      /** How many registrations changed (those already so marked are left alone and not logged). */
      changed: number;
      /** The people now carrying the mark, in the order given, for the confirmation. */
      marked: { id: string; name: string }[];
    }
  | RegistrationsRefusal;

/**
 * Marks attendance, one person or many, in one transaction with one audit
 * entry per registration that changed. Only confirmed registrations of this
 * session are touched: ids from the form are matched together with the
 * session id and status, so an id from another session (or someone on the
 * waiting list) is ignored rather than trusted. Attendance is what CPD
 * certificates are later based on, hence the audit trail.
 */
export async function markAttendance(db: PrismaClient, actor: CurrentUser, input: MarkAttendanceInput, now: Date = new Date()): Promise<MarkAttendanceResult> {
  assertOrganiser(actor);
  const parsed = markAttendanceSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid");
  const { sessionId, attendance, registrationIds } = parsed.data;
  if (Array.isArray(registrationIds) && registrationIds.length === 0) return refuse("noneSelected", "registrationIds");

  return db.$transaction(
    async (tx): Promise<MarkAttendanceResult> => {
      // The lock serialises two organisers marking the same register, so each audit entry's "before" is true.
      const session = await lockSession(tx, sessionId);
      if (!session) return refuse("sessionNotFound");
      if (session.status === "CANCELLED") return refuse("sessionCancelled");
      const scope = { sessionId, status: "CONFIRMED" as const };
      const targets = await tx.registration.findMany({
        where: registrationIds === "unmarked" ? { ...scope, attendance: "UNMARKED" } : { ...scope, id: { in: [...new Set(registrationIds)] } },
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          attendance: true,
          attendanceMarkedAt: true,
          user: { select: { name: true } },
          session: { select: { title: true } },
        },
      });
      if (targets.length === 0 && registrationIds !== "unmarked") return refuse("registrationNotFound");

      const changing = targets.filter((registration) => registration.attendance !== attendance);
      const attendanceMarkedAt = attendance === "UNMARKED" ? null : now;
      if (changing.length > 0) {
        await tx.registration.updateMany({
          where: { ...scope, id: { in: changing.map((registration) => registration.id) } },
          data: { attendance, attendanceMarkedAt },
        });
      }
      // The follow-up (thanks, feedback, CPD) goes to those now marked attended.
      if (attendance === "ATTENDED")
        await queueFollowUps(
          tx,
          changing.map((registration) => registration.id),
          followUpTime(session.endsAt, now),
        );
      for (const registration of changing) {
        await recordAuditEntry(tx, actor, {
          action: "registration.attendance",
          entityType: "registration",
          entityId: registration.id,
          summary: `${registration.user.name} marked ${describe(attendance)} at “${registration.session.title}”`,
          before: { attendance: registration.attendance, attendanceMarkedAt: registration.attendanceMarkedAt },
          after: { attendance, attendanceMarkedAt },
        });
      }
      return { ok: true, changed: changing.length, marked: targets.map((registration) => ({ id: registration.id, name: registration.user.name })) };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

function describe(attendance: Attendance): string {
  return { ATTENDED: "as attended", ABSENT: "as not attended", UNMARKED: "as not yet marked" }[attendance];
}
