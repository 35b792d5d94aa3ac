import type { PrismaClient } from "../prisma-client";
import { normaliseCertificateCode } from "./certificate-code";
import { weekCertificateSessions } from "./issue-certificate";

/** What the public verification page may show: never an email address or a registration number. */
export type VerifiedCertificate = {
  code: string;
  kind: "SESSION" | "WEEK";
  holderName: string;
  title: string;
  eventTitle: string;
  organiserName: string;
  /** The Welsh the organiser wrote, shown to a viewer reading in Welsh. */
  titleCy: string | null;
  eventTitleCy: string | null;
  organiserNameCy: string | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  hours: number;
  sessionCount: number;
  issuedAt: Date;
  revokedAt: Date | null;
};

/**
 * Looks a certificate up by the code printed on it, for anyone (no caller: the
 * verification page is public). A malformed code is not looked up at all.
 */
export async function findCertificateByCode(db: PrismaClient, input: { code: string }): Promise<VerifiedCertificate | null> {
  const code = normaliseCertificateCode(input.code);
  if (!code) return null;
  const certificate = await db.certificate.findUnique({
    where: { code },
    select: {
      code: true,
      kind: true,
      holderName: true,
      title: true,
      eventTitle: true,
      organiserName: true,
      titleCy: true,
      eventTitleCy: true,
      organiserNameCy: true,
      timeZone: true,
      startsAt: true,
      endsAt: true,
      hours: true,
      sessions: true,
      issuedAt: true,
      revokedAt: true,
    },
  });
  if (!certificate) return null;
  const { sessions, hours, ...rest } = certificate;
  return { ...rest, hours: Number(hours.toString()), sessionCount: certificate.kind === "WEEK" ? weekCertificateSessions({ sessions }).length : 1 };
}
