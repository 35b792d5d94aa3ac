import { randomInt } from "node:crypto";
import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import { calendarDaySchema } from "../../dates/calendar-day";
import { fieldErrorsOf } from "../../forms/field-errors";
import type { Result } from "../../forms/result";
import { singleLineText } from "../../forms/text-fields";
import type { PrismaClient } from "../../prisma-client";
import { localDayBounds } from "../../programme/event-time";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { recordIdSchema } from "../registrations/registration-schemas";

// Invitation codes: an organiser makes one per group they invite (a partner
// agency, a team), optionally limited in uses and time, and hands it out.
// Messages are keys of admin.booking.errors.

/** Letters and digits that cannot be mistaken for one another when read aloud or copied from a slide (no 0/O, 1/I/L). */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 10;

/** A new code: 10 characters from 31, about 50 bits, shown as two groups of five ("K7M2Q-XR9TB"). */
export function newInvitationCode(): string {
  const characters = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${characters.slice(0, 5).join("")}-${characters.slice(5).join("")}`;
}

/** Codes as stored and compared: upper case, spaces trimmed. Organisers' own must be at least 6 characters. */
const codeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => code === "" || /^[A-Z0-9][A-Z0-9-]{4,38}[A-Z0-9]$/.test(code), "codeInvalid");

export const invitationCodeFormSchema = z.object({
  sessionId: recordIdSchema,
  label: singleLineText(120, { required: "labelRequired", tooLong: "labelTooLong" }),
  code: codeSchema.default(""),
  maxUses: z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || (/^\d{1,6}$/.test(value) && Number(value) >= 1), "maxUsesInvalid"),
  expiresOn: z
    .string()
    .trim()
    .default("")
    .pipe(z.union([z.literal(""), calendarDaySchema("expiresOnInvalid", "expiresOnInvalid")])),
});

export type InvitationCodeResult = Result<{ code: string }, "notFound">;

/**
 * Adds a code to a session: the one typed, or a new random one. An expiry
 * date means the end of that day (midnight after it) in the week's time zone.
 */
export async function createInvitationCode(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<InvitationCodeResult> {
  assertOrganiser(actor);
  const parsed = invitationCodeFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const form = parsed.data;
  return db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { id: form.sessionId }, select: { id: true, title: true, event: { select: { timeZone: true } } } });
    if (!session) return { ok: false as const, refusal: "notFound" as const };
    const code = form.code || newInvitationCode();
    if (await tx.invitationCode.findUnique({ where: { sessionId_code: { sessionId: session.id, code } }, select: { id: true } })) {
      return { ok: false as const, fieldErrors: { code: "codeTaken" } };
    }
    const created = await tx.invitationCode.create({
      data: {
        sessionId: session.id,
        code,
        label: form.label,
        maxUses: form.maxUses ? Number(form.maxUses) : null,
        expiresAt: form.expiresOn ? localDayBounds(form.expiresOn, session.event.timeZone).end : null,
      },
      select: { id: true, code: true, label: true, maxUses: true, expiresAt: true },
    });
    await recordAuditEntry(tx, actor, {
      action: "invitation-code.create",
      entityType: "session",
      entityId: session.id,
      summary: `${session.title}: code for ${created.label}`,
      // The code itself is not copied into the log: the log is read more widely than the codes are shared.
      after: { id: created.id, label: created.label, maxUses: created.maxUses, expiresAt: created.expiresAt },
    });
    return { ok: true as const, code };
  });
}

export const withdrawInvitationCodeSchema = z.object({ sessionId: recordIdSchema, codeId: recordIdSchema });

/** Withdraws a code: nobody can book with it any more; places booked with it stand. */
export async function withdrawInvitationCode(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<Result<{ label: string }, "notFound">> {
  assertOrganiser(actor);
  const parsed = withdrawInvitationCodeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, refusal: "notFound" };
  return db.$transaction(async (tx) => {
    const code = await tx.invitationCode.findFirst({
      where: { id: parsed.data.codeId, sessionId: parsed.data.sessionId },
      select: { id: true, label: true, maxUses: true, expiresAt: true, session: { select: { title: true } } },
    });
    if (!code) return { ok: false as const, refusal: "notFound" as const };
    await tx.invitationCode.delete({ where: { id: code.id } });
    await recordAuditEntry(tx, actor, {
      action: "invitation-code.withdraw",
      entityType: "session",
      entityId: parsed.data.sessionId,
      summary: `${code.session.title}: code for ${code.label}`,
      before: { id: code.id, label: code.label, maxUses: code.maxUses, expiresAt: code.expiresAt },
    });
    return { ok: true as const, label: code.label };
  });
}
