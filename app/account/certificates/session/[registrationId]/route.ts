import { getCurrentUser } from "@/lib/auth/current-user";
import { certificateDownloadResponse } from "@/lib/certificates/certificate-download";
import { CertificateNotFoundError } from "@/lib/certificates/certificate-errors";
import { issueSessionCertificate } from "@/lib/certificates/issue-certificate";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";

type Context = { params: Promise<{ registrationId: string }> };

// The certificate for one attended session: issued on the first download, the same one afterwards.
export async function GET(_request: Request, { params }: Context) {
  const user = await getCurrentUser();
  if (!user) {
    return new Response(null, { status: 303, headers: { location: `/sign-in?callbackUrl=${encodeURIComponent("/account/certificates")}` } });
  }
  const { registrationId } = await params;
  try {
    const certificate = await issueSessionCertificate(prisma, user, { registrationId });
    const slug = await prisma.session.findUnique({ where: { id: certificate.sessionId ?? "" }, select: { slug: true } });
    return await certificateDownloadResponse(certificate, siteUrl(), `certificate-${slug?.slug ?? certificate.code}`);
  } catch (error) {
    // Not attended, someone else's, a draft, or no such thing: all the same plain 404.
    if (error instanceof CertificateNotFoundError) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
    throw error;
  }
}
