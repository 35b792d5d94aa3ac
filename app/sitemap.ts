import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { localisePath } from "@/lib/i18n/locale-paths";
import { cachedPublicPaths } from "@/lib/programme/public-cache";

export const dynamic = "force-dynamic";

type Page = { path: string; lastModified?: Date };

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const { events, sessions, speakers, themes } = await cachedPublicPaths();
  const latest = (items: { updatedAt: Date }[]) =>
    items.reduce<Date | undefined>((max, item) => (!max || item.updatedAt > max ? item.updatedAt : max), undefined);
  const pages: Page[] = [
    { path: "/", lastModified: latest(events) },
    { path: "/programme", lastModified: latest(sessions) },
    { path: "/speakers", lastModified: latest(speakers) },
    { path: "/weeks", lastModified: latest(events) },
    { path: "/privacy" },
    { path: "/accessibility" },
    { path: "/developers" },
    ...events.map((event) => ({ path: `/programme?week=${event.slug}`, lastModified: event.updatedAt })),
    ...sessions.map((session) => ({ path: `/sessions/${session.slug}`, lastModified: session.updatedAt })),
    ...speakers.map((speaker) => ({ path: `/speakers/${speaker.slug}`, lastModified: speaker.updatedAt })),
    ...themes.map((theme) => ({ path: `/themes/${theme.slug}`, lastModified: theme.updatedAt })),
  ];
  // Every page in both languages, each naming the other (hreflang).
  return pages.flatMap(({ path, lastModified }) => {
    const english = `${base}${path}`;
    const welsh = `${base}${localisePath(path, "cy")}`;
    const alternates = { languages: { "en-GB": english, cy: welsh } };
    return [
      { url: english, lastModified, alternates },
      { url: welsh, lastModified, alternates },
    ];
  });
}
