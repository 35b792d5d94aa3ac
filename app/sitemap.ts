import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { cachedPublicPaths } from "@/lib/programme/public-cache";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const { events, sessions, speakers, themes } = await cachedPublicPaths();
  const latest = (items: { updatedAt: Date }[]) =>
    items.reduce<Date | undefined>((max, item) => (!max || item.updatedAt > max ? item.updatedAt : max), undefined);
  return [
    { url: `${base}/`, lastModified: latest(events) },
    { url: `${base}/programme`, lastModified: latest(sessions) },
    { url: `${base}/speakers`, lastModified: latest(speakers) },
    { url: `${base}/weeks`, lastModified: latest(events) },
    { url: `${base}/privacy` },
    { url: `${base}/accessibility` },
    ...events.map((event) => ({ url: `${base}/programme?week=${event.slug}`, lastModified: event.updatedAt })),
    ...sessions.map((session) => ({ url: `${base}/sessions/${session.slug}`, lastModified: session.updatedAt })),
    ...speakers.map((speaker) => ({ url: `${base}/speakers/${speaker.slug}`, lastModified: speaker.updatedAt })),
    ...themes.map((theme) => ({ url: `${base}/themes/${theme.slug}`, lastModified: theme.updatedAt })),
  ];
}
