import { getCurrentUser } from "@/lib/auth/current-user";
import { CertificateNotFoundError } from "@/lib/certificates/certificate-errors";
import { downloadWeekCertificate } from "@/lib/certificates/download-week-certificate";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";

type Context = { params: Promise<{ eventId: string }> };

// The certificate listing every session of one week the caller attended.
export async function GET(_request: Request, { params }: Context) {
  const user = await getCurrentUser();
  if (!user) {
    return new Response(null, { status: 303, headers: { location: `/sign-in?callbackUrl=${encodeURIComponent("/account/certificates")}` } });
  }
  const { eventId } = await params;
  try {
    return await downloadWeekCertificate(prisma, user, { eventId }, siteUrl());
  } catch (error) {
    // Not attended, someone else's, a draft, or no such thing: all the same plain 404.
    if (error instanceof CertificateNotFoundError)
      return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
    throw error;
  }
}
