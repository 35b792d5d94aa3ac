import { randomBytes, randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { REGISTRATION_EMAIL_MAX_ATTEMPTS, SEND_REGISTRATION_EMAIL_TASK } from "../jobs/registration-email-jobs";
import type { PrismaClient } from "../prisma-client";
import { RegistrationError, type RegistrationErrorCode } from "./registration-errors";

export type RegistrationOutcome = {
  /** The registration, or for REQUESTED the booking request waiting for an organiser. */
  registrationId: string;
  /** REQUESTED: the session needs an organiser's approval, and the request is on their list. */
  status: "CONFIRMED" | "WAITLISTED" | "REQUESTED";
  /** True when the person already held this registration (a repeat submission). */
  alreadyRegistered: boolean;
};

export type BookingInput = {
  userId: string;
  sessionId: string;
  /** The invitation code typed, for a session open only to those with one. */
  invitationCode?: string | null;
  /** An organiser approving this person's request: the one booking that skips the session's rule. */
  approving?: boolean;
};

type BookingRow = {
  registration_id: string | null;
  status: RegistrationOutcome["status"] | null;
  already_registered: boolean;
  refusal: RegistrationErrorCode | null;
};

/**
 * Books a place for a person on a session: a confirmed place while there is
 * room, otherwise the next place on the waiting list, with the confirmation
 * or waiting-list email queued in the same transaction, if the person may
 * book it (the session's rule, checked under the same lock: an email domain,
 * an invitation code, or a request an organiser approves). Safe under
 * concurrency (the session row is locked while places are counted and
 * written) and idempotent (one registration per person and session: a
 * repeat returns it and queues nothing).
 *
 * One statement: the database function cpd_week_book_place (migration
 * 20261207050000_book_place_function) does the lock, the count, the write
 * and the queueing, so the session's lock, which every booking for it waits
 * on, is held for no round trip to this process (docs/decisions/0011).
 */
export async function registerForSession(
  db: PrismaClient | Prisma.TransactionClient,
  input: BookingInput,
  now: Date = new Date(),
): Promise<RegistrationOutcome> {
  const [row] = await db.$queryRaw<BookingRow[]>`
    SELECT registration_id, status, already_registered, refusal
    FROM cpd_week_book_place(${input.sessionId}, ${input.userId}, ${now}, ${newRecordId()}, ${randomUUID()},
      ${SEND_REGISTRATION_EMAIL_TASK}, ${REGISTRATION_EMAIL_MAX_ATTEMPTS}::int, ${input.invitationCode ?? null}::text,
      ${input.approving ?? false})`;
  if (!row) throw new Error("The booking function returned no row");
  if (row.refusal) throw new RegistrationError(row.refusal);
  if (!row.registration_id || !row.status) throw new Error("The booking function returned neither a registration nor a refusal");
  return { registrationId: row.registration_id, status: row.status, alreadyRegistered: row.already_registered };
}

/**
 * An id like the ones Prisma's cuid() gives (a letter, then 24 lower-case
 * letters and digits): the row is written by the database function, not by
 * Prisma, so the id is made here, from 124 random bits (a UUID has 122).
 */
function newRecordId(): string {
  const bytes = randomBytes(16);
  return `c${BigInt(`0x${bytes.toString("hex")}`)
    .toString(36)
    .padStart(25, "0")
    .slice(-24)}`;
}
