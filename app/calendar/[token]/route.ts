import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { buildPersonalCalendar, findUserByCalendarToken } from "@/lib/registration/my-calendar";

// The private subscription address calendar apps poll: the unguessable token
// (256 random bits, replaceable by its owner) is the only credential.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  const user = await findUserByCalendarToken(prisma, token);
  if (!user) return new Response("Calendar not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(await buildPersonalCalendar(prisma, user.id, siteUrl()), {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store", "x-robots-tag": "noindex" },
  });
}
