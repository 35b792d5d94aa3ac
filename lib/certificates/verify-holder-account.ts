import type { PrismaClient } from "../prisma-client";
import { normaliseCertificateCode } from "./certificate-code";

/**
 * Whether a certificate's holder has deleted their account (the certificate
 * still verifies, showing the name or initials they chose when they left), so
 * the verification page can say so. Says nothing else about the holder.
 */
export async function isHolderAccountClosed(db: PrismaClient, input: { code: string }): Promise<boolean> {
  const code = normaliseCertificateCode(input.code);
  if (!code) return false;
  const certificate = await db.certificate.findUnique({ where: { code }, select: { userId: true } });
  return certificate !== null && certificate.userId === null;
}
