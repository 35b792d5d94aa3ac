import type { CurrentUser } from "../../auth/current-user";
import { isUniqueViolation } from "../../db-errors";
import { fieldErrorsOf } from "../../forms/field-errors";
import { FieldErrorsRollback, type Result } from "../../forms/result";
import type { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../../prisma-client";
import { localDayBounds } from "../../programme/event-time";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { chooseSlug } from "../slug";
import { eventFormSchema, eventRecordSelect } from "./event-schema";
import { lockEvent } from "./lock-event";

/** Saves the week form. Sessions already in the week must still fall inside its (new) dates. */
export async function updateEvent(db: PrismaClient, actor: CurrentUser, eventId: string, input: unknown): Promise<Result<{ eventId: string }>> {
  assertOrganiser(actor);
  const parsed = eventFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { slug: typedSlug, ...fields } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      if (!(await lockEvent(tx, eventId))) throw new FieldErrorsRollback({ form: "notFound" });
      const before = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: eventRecordSelect });
      const slug = await chooseSlug({
        typed: typedSlug,
        suggestFrom: fields.title,
        fallback: "week",
        isTaken: async (candidate) => (await tx.event.count({ where: { slug: candidate, id: { not: eventId } } })) > 0,
      });
      if (!slug) throw new FieldErrorsRollback({ slug: "slugTaken" });
      const outside = await countSessionsOutside(tx, eventId, fields.startDate, fields.endDate, fields.timeZone);
      if (outside > 0) throw new FieldErrorsRollback({ startDate: "sessionsOutsideDates", endDate: "sessionsOutsideDates" }, { count: outside });
      const after = await tx.event.update({ where: { id: eventId }, data: { ...fields, slug }, select: eventRecordSelect });
      await recordAuditEntry(tx, actor, { action: "event.update", entityType: "event", entityId: eventId, summary: after.title, before, after });
      return { ok: true as const, eventId };
    });
  } catch (error) {
    if (error instanceof FieldErrorsRollback) return error.result;
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}

/** Sessions that would start before the first day or end after the last day, read in the week's time zone. */
async function countSessionsOutside(tx: Prisma.TransactionClient, eventId: string, startDate: Date, endDate: Date, timeZone: string) {
  const first = localDayBounds(startDate.toISOString().slice(0, 10), timeZone).start;
  const last = localDayBounds(endDate.toISOString().slice(0, 10), timeZone).end;
  return tx.session.count({ where: { eventId, OR: [{ startsAt: { lt: first } }, { endsAt: { gt: last } }] } });
}
