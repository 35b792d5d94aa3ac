import { pageLocale } from "@/lib/i18n/page-locale";
import { getWeekOpenGraphImage } from "@/lib/seo/get-week-open-graph-image";
import { openGraphImageNotFound, openGraphImageResponse } from "@/lib/seo/open-graph-image-response";

// A published week's share image, for its programme page (Open Graph, X), under
// /cy in Welsh where the organisers wrote it. Draft weeks and unknown slugs get a plain 404.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = await pageLocale();
  const png = await getWeekOpenGraphImage(slug, locale);
  return png ? openGraphImageResponse(png, locale) : openGraphImageNotFound();
}
