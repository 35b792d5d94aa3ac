import { siteUrl } from "@/lib/env";
import { publicFileNotFound, publicFileResponse } from "@/lib/http/public-file-response";
import { pageLocale } from "@/lib/i18n/page-locale";
import { frabScheduleXml } from "@/lib/schedule/frab-schedule-xml";
import { getWeekSchedule } from "@/lib/schedule/get-week-schedule";

// A published week's programme as a Frab schedule (XML) for conference apps;
// under /cy, in Welsh where the organisers wrote it.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = await pageLocale();
  const schedule = await getWeekSchedule((await params).slug, { locale, siteUrl: siteUrl() });
  if (!schedule) return publicFileNotFound("Week");
  return publicFileResponse(request, frabScheduleXml(schedule), "application/xml; charset=utf-8", { "content-language": locale });
}
