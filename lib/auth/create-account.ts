import { randomBytes } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { fieldErrorsOf, signUpSchema, type FieldErrors } from "./account-schemas";
import { hashPassword } from "./password";

export type CreateAccountResult = { ok: true; userId: string } | { ok: false; fieldErrors: FieldErrors };

export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

export async function createAccount(
  db: PrismaClient,
  input: unknown,
  role: "ATTENDEE" | "ORGANISER" = "ATTENDEE",
): Promise<CreateAccountResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...details } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      // Someone an organiser invited becomes an organiser on signing up with that address.
      const invitation = await tx.organiserInvitation.updateMany({ where: { email: details.email, acceptedAt: null }, data: { acceptedAt: new Date() } });
      return tx.user.create({
        data: { ...details, role: invitation.count > 0 ? "ORGANISER" : role, passwordHash, calendarToken: newCalendarToken() },
        select: { id: true },
      });
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // The unique index on email settles races between two sign-ups too.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: "emailTaken" } };
    }
    throw error;
  }
}
