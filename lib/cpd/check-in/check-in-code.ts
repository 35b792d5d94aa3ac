import { randomInt, timingSafeEqual } from "node:crypto";

/** Letters and digits that cannot be mistaken for one another when read out or copied from a slide (no 0/O, 1/I/L). */
export const CHECK_IN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CHECK_IN_CODE_LENGTH = 6;

/** A fresh code from the operating system's random source: 31^6 ≈ 887 million possibilities. */
export function generateCheckInCode(): string {
  let code = "";
  for (let index = 0; index < CHECK_IN_CODE_LENGTH; index++) code += CHECK_IN_ALPHABET[randomInt(CHECK_IN_ALPHABET.length)];
  return code;
}

/** What a person typed, as a code: upper case, without spaces or dashes. */
export function normaliseCheckInCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

/** Compares in constant time, so the answer's timing says nothing about how close a guess was. */
export function checkInCodesMatch(expected: string, typed: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(normaliseCheckInCode(typed));
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Check-in stays open this long after the session ends, for people who leave as it finishes. */
export const CHECK_IN_GRACE_MS = 30 * 60_000;

export function checkInWindow(session: { startsAt: Date; endsAt: Date }): { opens: Date; closes: Date } {
  return { opens: session.startsAt, closes: new Date(session.endsAt.getTime() + CHECK_IN_GRACE_MS) };
}
