import { randomBytes } from "node:crypto";
import type { Failed, Result } from "../forms/result";
import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { fieldErrorsOf, newAccountSchema, signUpSchema } from "./account-schemas";
import { hashPassword } from "./password";

export type CreateAccountResult = Result<{ userId: string }, never>;
export type NewAccountDetails = {
  email: string;
  name: string;
  regulator: Prisma.UserCreateInput["regulator"];
  registrationNumber: string | null;
  jobRole: string | null;
  organisation: string | null;
  /** Emails, calendar files and certificates in this language (English unless chosen). */
  language?: Prisma.UserCreateInput["language"];
};

export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The one place an account row is written (sign-up and invitation links, the operator's script). */
export function insertAccount(
  db: PrismaClient | Prisma.TransactionClient,
  account: NewAccountDetails & { passwordHash: string; role: "ATTENDEE" | "ORGANISER"; emailVerifiedAt: Date | null },
) {
  return db.user.create({
    data: { ...account, calendarToken: newCalendarToken() },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

export function isUniqueEmailViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * An account with the address typed, for operators (`npm run user:create`)
 * and tests. People create theirs through a sign-up link, which proves the
 * address (lib/auth/finish-sign-up.ts); an operator vouches for it instead
 * (`emailVerifiedAt`).
 */
export async function createAccount(
  db: PrismaClient,
  input: unknown,
  role: "ATTENDEE" | "ORGANISER" = "ATTENDEE",
  { emailVerifiedAt = null }: { emailVerifiedAt?: Date | null } = {},
): Promise<CreateAccountResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...details } = parsed.data;
  try {
    const user = await insertAccount(db, { ...details, passwordHash: await hashPassword(password), role, emailVerifiedAt });
    return { ok: true, userId: user.id };
  } catch (error) {
    // The unique index on email settles races between two sign-ups too.
    if (isUniqueEmailViolation(error)) return { ok: false, fieldErrors: { email: "emailTaken" } };
    throw error;
  }
}

/** What a person typed for an account made from an emailed link (the address comes from the link). */
export type LinkAccountDetails = Omit<NewAccountDetails, "email"> & { passwordHash: string };

/**
 * Makes an account from an emailed link: checks the details typed (name,
 * password, professional details) and hashes the password before any
 * transaction, then runs `build` in one, which spends the link and writes the
 * account. The unique email settles two links to one address used at once.
 */
export async function accountFromLink<Built>(
  db: PrismaClient,
  input: unknown,
  build: (tx: Prisma.TransactionClient, details: LinkAccountDetails) => Promise<Built>,
): Promise<Built | Failed<"accountExists">> {
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...details } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction((tx) => build(tx, { ...details, passwordHash }));
  } catch (error) {
    if (isUniqueEmailViolation(error)) return { ok: false, refusal: "accountExists" };
    throw error;
  }
}
