import { z } from "zod";
import type { Result } from "../../forms/result";
import { followUpTime, queueFollowUps } from "../../jobs/follow-up-jobs";
import type { PrismaClient } from "../../prisma-client";
import { forgetAttempt, reserveAttempt } from "../../rate-limit/attempts";
import type { CpdCaller } from "../cpd-caller";
import { checkInCodesMatch, checkInWindow } from "./check-in-code";

// Wrong codes are counted per person by the one rate limiter
// (lib/rate-limit/attempts.ts), under a key of their own, over a sliding window.
export const CHECK_IN_WINDOW_MS = 15 * 60_000;
export const MAX_WRONG_CODES = 5;
const limiterKey = (userId: string) => `check-in:${userId}`;

export const checkInSchema = z.object({
  registrationId: z.string().min(1).max(40),
  code: z.string({ error: "codeRequired" }).trim().min(1, "codeRequired").max(20, "codeWrong"),
});

export type CheckInRefusal = "notFound" | "notOpen" | "notStarted" | "closed" | "markedAbsent" | "tooManyAttempts";

export type CheckInResult = Result<object, CheckInRefusal>;

/**
 * Marks the caller's own confirmed registration as attended when they give the
 * session's code, between the session's start and 30 minutes after its end.
 * After five wrong codes in 15 minutes, every attempt is refused until the
 * window has passed. The attendance and its time are written in one transaction.
 */
export async function checkInToSession(db: PrismaClient, caller: CpdCaller, input: unknown, now: Date = new Date()): Promise<CheckInResult> {
  const parsed = checkInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
  const { registrationId, code } = parsed.data;
  // Counted before it is judged, so a burst of parallel guesses gets at most five.
  const verdict = await reserveAttempt(db, [{ key: limiterKey(caller.id), max: MAX_WRONG_CODES, windowMs: CHECK_IN_WINDOW_MS }], now);
  if (!verdict.allowed) return { ok: false, refusal: "tooManyAttempts" };
  const outcome = await db.$transaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { id: registrationId, userId: caller.id, status: "CONFIRMED" },
      select: { id: true, attendance: true, session: { select: { selfCheckIn: true, checkInCode: true, startsAt: true, endsAt: true, status: true } } },
    });
    if (!registration) return { ok: false, refusal: "notFound" } as const;
    const { session } = registration;
    if (!session.selfCheckIn || !session.checkInCode || session.status !== "PUBLISHED") return { ok: false, refusal: "notOpen" } as const;
    const window = checkInWindow(session);
    if (now < window.opens) return { ok: false, refusal: "notStarted" } as const;
    if (now > window.closes) return { ok: false, refusal: "closed" } as const;
    if (!checkInCodesMatch(session.checkInCode, code)) return { ok: false, fieldErrors: { code: "codeWrong" } } as const;
    if (registration.attendance === "ABSENT") return { ok: false, refusal: "markedAbsent" } as const;
    if (registration.attendance === "ATTENDED") return { ok: true } as const;
    await tx.registration.update({ where: { id: registration.id }, data: { attendance: "ATTENDED", selfCheckedInAt: now } });
    await queueFollowUps(tx, [registration.id], followUpTime(session.endsAt, now));
    return { ok: true } as const;
  });
  // Only a wrong code counts against the limit.
  if (outcome.ok || !("fieldErrors" in outcome)) await forgetAttempt(db, verdict.attemptIds);
  return outcome;
}
