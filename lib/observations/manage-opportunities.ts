import { recordAuditEntry } from "../admin/audit-log";
import { assertOrganiser } from "../admin/authorise";
import { localToUtc } from "../admin/sessions/session-time";
import type { CurrentUser } from "../auth/current-user";
import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { observationIdSchema, opportunityFormSchema, slotFormSchema } from "./observation-schemas";

// Organisers set up the week's practice observations: opportunities (a team,
// what can be observed, where, who hosts) and their slots. Every change is
// audited in its own transaction.

export type ObservationAdminResult = Result<{ id: string }, "notFound" | "hasBookings">;

/** Adds an opportunity to a week, or (with `opportunityId`) saves changes to one. */
export async function saveOpportunity(db: PrismaClient, actor: CurrentUser, input: unknown, opportunityId?: string): Promise<ObservationAdminResult> {
  assertOrganiser(actor);
  const parsed = opportunityFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { eventId, ...data } = parsed.data;
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true } });
    if (!event) return { ok: false as const, fieldErrors: { eventId: "eventNotFound" } };
    if (opportunityId) {
      const before = await tx.observationOpportunity.findUnique({ where: { id: opportunityId } });
      if (!before) return { ok: false as const, refusal: "notFound" as const };
      const after = await tx.observationOpportunity.update({ where: { id: opportunityId }, data: { ...data, eventId } });
      await recordAuditEntry(tx, actor, {
        action: "observation.update",
        entityType: "observation",
        entityId: opportunityId,
        summary: data.team,
        before,
        after,
      });
      return { ok: true as const, id: opportunityId };
    }
    const created = await tx.observationOpportunity.create({ data: { ...data, eventId } });
    await recordAuditEntry(tx, actor, { action: "observation.create", entityType: "observation", entityId: created.id, summary: data.team, after: created });
    return { ok: true as const, id: created.id };
  });
}

/** Deletes an opportunity with its slots, only while nobody holds a booking on it (cancelled ones go with it). */
export async function deleteOpportunity(db: PrismaClient, actor: CurrentUser, opportunityId: unknown): Promise<ObservationAdminResult> {
  assertOrganiser(actor);
  const id = observationIdSchema.safeParse(opportunityId);
  if (!id.success) return { ok: false, refusal: "notFound" };
  return db.$transaction(async (tx) => {
    const before = await tx.observationOpportunity.findUnique({ where: { id: id.data } });
    if (!before) return { ok: false as const, refusal: "notFound" as const };
    if (await tx.observationBooking.count({ where: { slot: { opportunityId: id.data }, status: "BOOKED" } }))
      return { ok: false as const, refusal: "hasBookings" as const };
    await tx.observationOpportunity.delete({ where: { id: id.data } });
    await recordAuditEntry(tx, actor, { action: "observation.delete", entityType: "observation", entityId: id.data, summary: before.team, before });
    return { ok: true as const, id: id.data };
  });
}

/** Adds a slot: a date and times on the wall clock of the week's time zone. */
export async function addSlot(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<ObservationAdminResult> {
  assertOrganiser(actor);
  const parsed = slotFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { opportunityId, date, startTime, endTime } = parsed.data;
  return db.$transaction(async (tx): Promise<ObservationAdminResult> => {
    const opportunity = await tx.observationOpportunity.findUnique({
      where: { id: opportunityId },
      select: { team: true, event: { select: { timeZone: true } } },
    });
    if (!opportunity) return { ok: false as const, refusal: "notFound" as const };
    const start = localToUtc(date, startTime, opportunity.event.timeZone);
    const end = localToUtc(date, endTime, opportunity.event.timeZone);
    if (!start.ok) return { ok: false, fieldErrors: { startTime: "startTimeInvalid" } };
    if (!end.ok) return { ok: false, fieldErrors: { endTime: "endTimeInvalid" } };
    const slot = await tx.observationSlot.create({ data: { opportunityId, startsAt: start.instant, endsAt: end.instant } });
    await recordAuditEntry(tx, actor, {
      action: "observation.slot-add",
      entityType: "observation",
      entityId: opportunityId,
      summary: opportunity.team,
      after: slot,
    });
    return { ok: true as const, id: slot.id };
  });
}

/** Removes a slot nobody holds a booking on. */
export async function removeSlot(db: PrismaClient, actor: CurrentUser, input: { opportunityId?: unknown; slotId?: unknown }): Promise<ObservationAdminResult> {
  assertOrganiser(actor);
  const opportunityId = observationIdSchema.safeParse(input.opportunityId);
  const slotId = observationIdSchema.safeParse(input.slotId);
  if (!opportunityId.success || !slotId.success) return { ok: false, refusal: "notFound" };
  return db.$transaction(async (tx) => {
    const slot = await tx.observationSlot.findFirst({
      where: { id: slotId.data, opportunityId: opportunityId.data },
      include: { opportunity: { select: { team: true } } },
    });
    if (!slot) return { ok: false as const, refusal: "notFound" as const };
    if (await tx.observationBooking.count({ where: { slotId: slot.id, status: "BOOKED" } })) return { ok: false as const, refusal: "hasBookings" as const };
    await tx.observationSlot.delete({ where: { id: slot.id } });
    const { opportunity, ...before } = slot;
    await recordAuditEntry(tx, actor, {
      action: "observation.slot-remove",
      entityType: "observation",
      entityId: opportunityId.data,
      summary: opportunity.team,
      before,
    });
    return { ok: true as const, id: slot.id };
  });
}
