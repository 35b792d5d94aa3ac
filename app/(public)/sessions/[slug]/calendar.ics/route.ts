import { getSessionPage } from "@/lib/programme/get-session-page";
import { buildSessionCalendar } from "@/lib/programme/session-calendar";
import { siteUrl } from "@/lib/env";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const session = await getSessionPage(slug);
  if (!session) {
    return new Response("Session not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const base = siteUrl();
  const ics = buildSessionCalendar(session, base, new URL(base).hostname);
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${session.slug}.ics"`,
      "cache-control": "no-store",
    },
  });
}
