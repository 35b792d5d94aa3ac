import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { buildPersonalCalendar } from "@/lib/registration/my-calendar";

// Download of the signed-in person's own sessions.
export async function GET() {
  const user = await getCurrentUser();
  if (!user) {
    return new Response(null, { status: 303, headers: { location: `/sign-in?callbackUrl=${encodeURIComponent("/account")}` } });
  }
  return new Response(await buildPersonalCalendar(prisma, user.id, siteUrl()), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'attachment; filename="cpd-week-my-sessions.ics"',
      "cache-control": "private, no-store",
    },
  });
}
