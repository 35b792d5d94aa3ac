import { siteUrl } from "@/lib/env";
import { publicFileNotFound, publicFileResponse } from "@/lib/http/public-file-response";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getWeekCalendarFeed } from "@/lib/programme/get-week-calendar-feed";

// The calendar feed of a whole published week, to subscribe to (webcal://)
// or download; under /cy, in Welsh where the organisers wrote it.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = await pageLocale();
  const feed = await getWeekCalendarFeed(slug, { locale, siteUrl: siteUrl() });
  if (feed === null) return publicFileNotFound("Week");
  // The slug has passed isPublicSlug (letters, digits, hyphens): safe in the header.
  return publicFileResponse(request, feed, "text/calendar; charset=utf-8", {
    "content-language": locale,
    "content-disposition": `inline; filename="${slug}.ics"`,
  });
}
