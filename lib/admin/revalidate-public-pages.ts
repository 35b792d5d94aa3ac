import { revalidatePath, updateTag } from "next/cache";
import { PUBLIC_PROGRAMME_TAG } from "../programme/public-cache";

/**
 * After an organiser changes the programme, the public pages (home, programme,
 * sessions, speakers, themes, weeks, sitemap) must show it on the next request.
 * Expiring the tag drops every cached piece of the public programme at once
 * (updateTag, not revalidateTag: the next request waits for fresh data rather
 * than being served the old programme once more); revalidating the root layout
 * clears what browsers' router caches hold of the pages. Server actions only.
 */
export function revalidatePublicPages(): void {
  updateTag(PUBLIC_PROGRAMME_TAG);
  revalidatePath("/", "layout");
}
