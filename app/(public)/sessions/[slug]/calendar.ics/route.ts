import { getCurrentUser } from "@/lib/auth/current-user";
import { findCorrespondenceLanguage } from "@/lib/auth/find-correspondence-language";
import { prisma } from "@/lib/db";
import { firstLocale } from "@/lib/email/email-text";
import { siteUrl } from "@/lib/env";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getSessionPage } from "@/lib/programme/get-session-page";
import { buildSessionCalendar } from "@/lib/programme/session-calendar";

/** The signed-in person's language for correspondence, else the language of the page the link was on (/cy/… or not). */
async function calendarLocale() {
  const user = await getCurrentUser().catch(() => null);
  if (user) {
    const language = await findCorrespondenceLanguage(prisma, user.id);
    if (language) return firstLocale(language);
  }
  return pageLocale();
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const session = await getSessionPage(prisma, slug);
  if (!session) {
    return new Response("Session not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const base = siteUrl();
  const ics = buildSessionCalendar(session, base, new URL(base).hostname, await calendarLocale());
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${session.slug}.ics"`,
      "cache-control": "no-store",
    },
  });
}
