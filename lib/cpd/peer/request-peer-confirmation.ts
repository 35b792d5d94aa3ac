import { createEmailLink, linkUrl } from "../../auth/email-links";
import { correspondenceLocales } from "../../email/email-text";
import { sendEmail, type EmailMessage } from "../../email/send-email";
import { fieldErrorsOf } from "../../forms/field-errors";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { reserveAttempt } from "../../rate-limit/attempts";
import type { CpdCaller } from "../cpd-caller";
import { peerConfirmationEmail } from "./peer-confirmation-email";
import { peerConfirmationRequestSchema } from "./peer-confirmation-schema";

// Social Work England's peer reflection needs no one's signature; a colleague's
// confirmation is for the practitioner's own evidence (a sample check, a
// manager). The colleague needs no account: they get one email with a link
// that works once, and its page shows only the entry's title, day and peer
// note, never the rest of the reflection.

export type PeerConfirmationContext = { key: string; siteUrl: string; send?: (message: EmailMessage) => Promise<unknown>; now?: Date };

export type RequestPeerConfirmationResult = Result<{ colleagueEmail: string }, "refused" | "peerNotRecorded" | "tooManyRequests" | "emailNotSent">;

const DAY_MS = 24 * 60 * 60_000;
/** Requests a person may send in a day, and that one address may receive: enough to ask again, too few to spam. */
export const MAX_PEER_REQUESTS_PER_DAY = { perAccount: 10, perColleague: 3 };

/**
 * Sends the colleague a link to confirm or decline the peer discussion on the
 * caller's entry. Asking again (another colleague, or after changing the
 * note) replaces the earlier request, whose link stops working. The request
 * is saved only if its email went: nothing is left half-done.
 */
export async function requestPeerConfirmation(
  db: PrismaClient,
  caller: CpdCaller,
  input: unknown,
  context: PeerConfirmationContext,
): Promise<RequestPeerConfirmationResult> {
  const entryId = peerConfirmationRequestSchema.shape.entryId.safeParse((input as { entryId?: unknown } | null)?.entryId);
  if (!entryId.success) return { ok: false, refusal: "refused" };
  const entry = await db.cpdEntry.findFirst({
    where: { id: entryId.data, userId: caller.id },
    select: { id: true, title: true, activityDate: true, peerReflection: true, peerNotes: true, user: { select: { name: true, email: true } } },
  });
  if (!entry) return { ok: false, refusal: "refused" };
  if (!entry.peerReflection || !entry.peerNotes) return { ok: false, refusal: "peerNotRecorded" };
  const parsed = peerConfirmationRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { colleagueName, colleagueEmail, language } = parsed.data;
  if (colleagueEmail === entry.user.email.toLowerCase()) return { ok: false, fieldErrors: { colleagueEmail: "colleagueEmailIsYours" } };
  const now = context.now ?? new Date();
  const verdict = await reserveAttempt(
    db,
    [
      { key: `peer-confirmation:user:${caller.id}`, max: MAX_PEER_REQUESTS_PER_DAY.perAccount, windowMs: DAY_MS },
      { key: `peer-confirmation:email:${colleagueEmail}`, max: MAX_PEER_REQUESTS_PER_DAY.perColleague, windowMs: DAY_MS },
    ],
    now,
  );
  if (!verdict.allowed) return { ok: false, refusal: "tooManyRequests" };
  const note = entry.peerNotes;
  try {
    await db.$transaction(
      async (tx) => {
        const fields = {
          colleagueName,
          colleagueEmail,
          title: entry.title,
          activityDate: entry.activityDate,
          note,
          status: "PENDING" as const,
          requestedAt: now,
          respondedAt: null,
        };
        const request = await tx.peerConfirmation.upsert({
          where: { entryId: entry.id },
          create: { ...fields, entryId: entry.id },
          update: fields,
          select: { id: true },
        });
        // The earlier request's link, if any, stops working.
        await tx.emailToken.updateMany({ where: { peerConfirmationId: request.id, usedAt: null }, data: { usedAt: now } });
        const link = await createEmailLink(tx, context.key, { purpose: "PEER_CONFIRMATION", email: colleagueEmail, peerConfirmationId: request.id }, now);
        const locales = correspondenceLocales(language);
        // Sent inside the transaction: if the email cannot go, the request is not saved.
        await (context.send ?? sendEmail)(
          peerConfirmationEmail({
            to: colleagueEmail,
            colleagueName,
            askedBy: entry.user.name,
            url: (locale) => linkUrl(context.siteUrl, "PEER_CONFIRMATION", link.secret, locale),
            expiresAt: link.expiresAt,
            locales,
          }),
        );
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    console.error(`Could not send the peer confirmation request to ${colleagueEmail}:`, error);
    return { ok: false, refusal: "emailNotSent" };
  }
  return { ok: true, colleagueEmail };
}
