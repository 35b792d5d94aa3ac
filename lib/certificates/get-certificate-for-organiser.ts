import { assertOrganiser } from "../admin/authorise";
import type { CurrentUser } from "../auth/current-user";
import type { PrismaClient } from "../prisma-client";
import type { CertificateListItem } from "./list-certificates";

/** Organisers: one certificate, for the revoke confirmation page. */
export async function getCertificateForOrganiser(db: PrismaClient, actor: CurrentUser, input: { certificateId: string }): Promise<CertificateListItem | null> {
  assertOrganiser(actor);
  const row = await db.certificate.findUnique({
    where: { id: input.certificateId },
    select: {
      id: true,
      code: true,
      kind: true,
      holderName: true,
      title: true,
      eventTitle: true,
      startsAt: true,
      timeZone: true,
      hours: true,
      issuedAt: true,
      revokedAt: true,
      revokedReason: true,
    },
  });
  return row ? { ...row, hours: Number(row.hours.toString()) } : null;
}
