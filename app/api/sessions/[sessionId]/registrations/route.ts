import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { isOwnOrigin } from "@/lib/http/own-origin";
import { registerForSession } from "@/lib/registration/register-for-session";
import { RegistrationError } from "@/lib/registration/registration-errors";

const paramsSchema = z.object({ sessionId: z.string().min(1).max(64).regex(/^[a-z0-9]+$/i) });

const statusFor: Record<RegistrationError["code"], number> = {
  SESSION_NOT_FOUND: 404,
  REGISTRATION_NOT_FOUND: 404,
  SESSION_NOT_OPEN: 409,
  SESSION_CANCELLED: 409,
  SESSION_STARTED: 409,
};

/**
 * Book a place as the signed-in person (JSON), for calendar widgets and the
 * load benchmark; the same rules as the booking form. The session cookie is
 * SameSite=Lax, so another site cannot post here on someone's behalf; a
 * cross-origin Origin header is refused as well.
 */
export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const origin = request.headers.get("origin");
  if (origin && !isOwnOrigin(origin, request.headers, env().SITE_URL)) {
    return Response.json({ error: "CROSS_ORIGIN" }, { status: 403 });
  }
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "SIGN_IN_REQUIRED" }, { status: 401 });
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return Response.json({ error: "SESSION_NOT_FOUND" }, { status: 404 });
  try {
    const outcome = await registerForSession(prisma, { userId: user.id, sessionId: parsed.data.sessionId });
    return Response.json(outcome, { status: outcome.alreadyRegistered ? 200 : 201 });
  } catch (error) {
    if (error instanceof RegistrationError) return Response.json({ error: error.code }, { status: statusFor[error.code] });
    console.error("Booking failed:", error);
    return Response.json({ error: "UNEXPECTED" }, { status: 500 });
  }
}
