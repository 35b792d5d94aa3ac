import { z } from "zod";
import { recordAuditEntry } from "../admin/audit-log";
import { assertOrganiser } from "../admin/authorise";
import type { CurrentUser } from "../auth/current-user";
import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";

const giveSchema = z.object({
  email: z
    .string({ error: "leaderEmailRequired" })
    .trim()
    .min(1, "leaderEmailRequired")
    .max(254, "leaderEmailInvalid")
    .pipe(z.email("leaderEmailInvalid"))
    .transform((value) => value.toLowerCase()),
});

export type SeniorLeaderResult = Result<{ name: string }, "notFound">;

/**
 * Marks an account as a senior leader, who may then book practice
 * observations. By the account's email address: the person must have an
 * account already (they sign up as anyone does).
 */
export async function giveSeniorLeader(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<SeniorLeaderResult> {
  assertOrganiser(actor);
  const parsed = giveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return db.$transaction(async (tx): Promise<SeniorLeaderResult> => {
    const user = await tx.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, name: true, seniorLeader: true } });
    if (!user) return { ok: false, fieldErrors: { email: "leaderNoAccount" } };
    if (!user.seniorLeader) {
      await tx.user.update({ where: { id: user.id }, data: { seniorLeader: true } });
      await recordAuditEntry(tx, actor, {
        action: "user.senior-leader-give",
        entityType: "user",
        entityId: user.id,
        summary: user.name,
        before: { seniorLeader: false },
        after: { seniorLeader: true },
      });
    }
    return { ok: true, name: user.name };
  });
}

/** Takes the attribute away: observations already booked stand. */
export async function removeSeniorLeader(db: PrismaClient, actor: CurrentUser, userId: unknown): Promise<SeniorLeaderResult> {
  assertOrganiser(actor);
  const id = z
    .string()
    .regex(/^[a-z0-9]{1,64}$/i)
    .safeParse(userId);
  if (!id.success) return { ok: false, refusal: "notFound" };
  return db.$transaction(async (tx): Promise<SeniorLeaderResult> => {
    const user = await tx.user.findFirst({ where: { id: id.data, seniorLeader: true }, select: { id: true, name: true } });
    if (!user) return { ok: false, refusal: "notFound" };
    await tx.user.update({ where: { id: user.id }, data: { seniorLeader: false } });
    await recordAuditEntry(tx, actor, {
      action: "user.senior-leader-remove",
      entityType: "user",
      entityId: user.id,
      summary: user.name,
      before: { seniorLeader: true },
      after: { seniorLeader: false },
    });
    return { ok: true, name: user.name };
  });
}
