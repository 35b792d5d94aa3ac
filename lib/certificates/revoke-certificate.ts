import { z } from "zod";
import { recordAuditEntry } from "../admin/audit-log";
import { assertOrganiser } from "../admin/authorise";
import type { CurrentUser } from "../auth/current-user";
import type { Result } from "../forms/result";
import { multiLineText } from "../forms/text-fields";
import type { PrismaClient } from "../prisma-client";

export const revokeCertificateSchema = z.object({
  certificateId: z.string().trim().min(1, "missing").max(100, "missing"),
  reason: multiLineText(500, { required: "reasonMissing", tooLong: "reasonTooLong" }),
  confirm: z.literal("on", { error: "confirmMissing" }),
});

export type RevokeCertificateInput = z.infer<typeof revokeCertificateSchema>;

export type RevokeCertificateResult = Result<{ code: string }, "notFound" | "alreadyRevoked">;

/**
 * Organisers: marks a certificate as revoked (issued by mistake), with the
 * reason, and records it in the audit log in the same transaction. The row
 * stays, so its verification page says it was revoked rather than "not found".
 */
export async function revokeCertificate(db: PrismaClient, actor: CurrentUser, input: RevokeCertificateInput): Promise<RevokeCertificateResult> {
  assertOrganiser(actor);
  return db.$transaction(async (tx) => {
    const revokedAt = new Date();
    // Conditional update: two organisers revoking at once revoke it once.
    const { count } = await tx.certificate.updateMany({
      where: { id: input.certificateId, revokedAt: null },
      data: { revokedAt, revokedReason: input.reason },
    });
    const certificate = await tx.certificate.findUnique({
      where: { id: input.certificateId },
      select: { id: true, code: true, kind: true, holderName: true, title: true },
    });
    if (!certificate) return { ok: false, refusal: "notFound" };
    if (count === 0) return { ok: false, refusal: "alreadyRevoked" };
    await recordAuditEntry(tx, actor, {
      action: "certificate.revoke",
      entityType: "certificate",
      entityId: certificate.id,
      summary: `${certificate.code}: ${certificate.holderName}, ${certificate.title}`,
      before: { revokedAt: null },
      after: { revokedAt, revokedReason: input.reason },
    });
    return { ok: true, code: certificate.code };
  });
}
