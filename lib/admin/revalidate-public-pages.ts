import { revalidatePath, updateTag } from "next/cache";
import { noteChange } from "../cache/change-feed";
import { PUBLIC_PROGRAMME_TAG } from "../programme/public-cache-tag";

/**
 * After an organiser changes the programme, the public pages (home, programme,
 * sessions, speakers, themes, weeks, sitemap) must show it on the next request.
 * Expiring the tag drops every cached piece of the public programme at once
 * (updateTag, not revalidateTag: the next request waits for fresh data rather
 * than being served the old programme once more); revalidating the root layout
 * clears what browsers' router caches hold of the pages. Server actions only.
 *
 * The page cache of this process drops its pages at once too (noteChange);
 * other processes and instances hear of the change from the database
 * (lib/cache/listen-for-changes.ts) within milliseconds.
 */
export function revalidatePublicPages(): void {
  noteChange("programme");
  updateTag(PUBLIC_PROGRAMME_TAG);
  revalidatePath("/", "layout");
}
