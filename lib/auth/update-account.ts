import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { changePasswordSchema, detailsSchema, fieldErrorsOf } from "./account-schemas";
import { hashPassword, verifyPassword } from "./password";

export type UpdateResult = Result<object, never>;

export async function updateAccountDetails(db: PrismaClient, userId: string, input: unknown): Promise<UpdateResult> {
  const parsed = detailsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  await db.user.update({ where: { id: userId }, data: parsed.data });
  return { ok: true };
}

/** Changes the password and raises the session version, which signs out every other device. */
export async function changePassword(db: PrismaClient, userId: string, input: unknown): Promise<UpdateResult & { sessionVersion?: number }> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: "currentPasswordWrong" } };
  }
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(parsed.data.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { ok: true, sessionVersion: updated.sessionVersion };
}

/** Signing out ends the session on every device: a copied cookie stops working too. */
export async function endAllSessions(db: PrismaClient, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
