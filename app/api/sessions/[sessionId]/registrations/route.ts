import { cookies } from "next/headers";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { answerBookingRequest } from "@/lib/registration/booking-request";

/**
 * Book a place as the signed-in person (JSON). scripts/serve.ts answers this
 * path before Next.js with the same function; this handler serves it under
 * `next dev`, `next start` and the tests that run them.
 */
export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const reply = await answerBookingRequest(
    prisma,
    {
      sessionId: (await params).sessionId,
      headers: request.headers,
      sessionToken: (await cookies()).get(sessionCookie().name)?.value,
    },
    { authSecret: env().NEXTAUTH_SECRET, siteUrl: env().SITE_URL },
  );
  return Response.json(reply.body, { status: reply.status });
}
