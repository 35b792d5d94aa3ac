import type { CurrentUser } from "../../auth/current-user";
import { fieldErrorsOf } from "../../forms/field-errors";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { bookingRuleSelect as ruleColumns } from "../../registration/booking-rule";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { sessionBookingRuleSchema, weekBookingRuleSchema } from "./booking-rule-form";

export type SetBookingRuleResult = Result<object, "notFound">;

/**
 * Saves who may book one session (its own rule, or "the week's"), and
 * whether it is left out of the programme. Bookings already made stand: a
 * rule decides who may book from now on, not who keeps a place.
 */
export async function setSessionBookingRule(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<SetBookingRuleResult> {
  assertOrganiser(actor);
  const parsed = sessionBookingRuleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { sessionId, ...data } = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.session.findUnique({ where: { id: sessionId }, select: { title: true, unlisted: true, ...ruleColumns } });
    if (!before) return { ok: false as const, refusal: "notFound" as const };
    const after = await tx.session.update({ where: { id: sessionId }, data, select: { unlisted: true, ...ruleColumns } });
    const { title, ...beforeRule } = before;
    await recordAuditEntry(tx, actor, {
      action: "session.booking-rule",
      entityType: "session",
      entityId: sessionId,
      summary: title,
      before: beforeRule,
      after,
    });
    return { ok: true as const };
  });
}

/** Saves the week's default rule: every session without one of its own follows it from now on. */
export async function setWeekBookingRule(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<SetBookingRuleResult> {
  assertOrganiser(actor);
  const parsed = weekBookingRuleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { eventId, ...data } = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id: eventId }, select: { title: true, ...ruleColumns } });
    if (!before) return { ok: false as const, refusal: "notFound" as const };
    const after = await tx.event.update({ where: { id: eventId }, data, select: ruleColumns });
    const { title, ...beforeRule } = before;
    await recordAuditEntry(tx, actor, { action: "event.booking-rule", entityType: "event", entityId: eventId, summary: title, before: beforeRule, after });
    return { ok: true as const };
  });
}
