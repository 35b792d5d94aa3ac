import { pageLocale } from "@/lib/i18n/page-locale";
import { getSessionOpenGraphImage } from "@/lib/seo/get-session-open-graph-image";
import { openGraphImageNotFound, openGraphImageResponse } from "@/lib/seo/open-graph-image-response";

// A public session's share image (Open Graph, X), under /cy in Welsh where the
// organisers wrote it. Drafts and unknown slugs get a plain 404.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = await pageLocale();
  const png = await getSessionOpenGraphImage(slug, locale);
  return png ? openGraphImageResponse(png, locale) : openGraphImageNotFound();
}
