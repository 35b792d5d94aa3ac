import { revalidatePath } from "next/cache";

/**
 * After an organiser changes the programme, the public pages (home, programme,
 * sessions, speakers, themes, weeks, sitemap) must show it on the next request.
 * Revalidating the root layout covers every page under it.
 */
export function revalidatePublicPages(): void {
  revalidatePath("/", "layout");
}
