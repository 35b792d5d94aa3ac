import { localisePath } from "../i18n/locale-paths";
import type { AppLocale } from "../i18n/locales";
import {
  openGraphCardAlt,
  openGraphCardVersion,
  sessionOpenGraphCard,
  weekOpenGraphCard,
  type OpenGraphCard,
  type SessionForCard,
  type WeekForCard,
} from "./open-graph-card";
import { OPEN_GRAPH_IMAGE_SIZE } from "./render-open-graph-image";

// Where a page's share image is and how to describe it: the absolute address
// (SITE_URL, then /cy for Welsh, then ?v= the version of what is drawn, so
// that social sites and Teams, which keep an image for days, fetch it again
// when the session changes), its size and its alt text in the page's language.

export type ShareImage = { url: string; width: number; height: number; alt: string; type: "image/png" };

/** The route of a session's image (app/(public)/sessions/[slug]/og-image.png). */
export function sessionOpenGraphImagePath(slug: string): string {
  return `/sessions/${encodeURIComponent(slug)}/og-image.png`;
}

/** The route of a week's image (app/(public)/weeks/[slug]/og-image.png). */
export function weekOpenGraphImagePath(slug: string): string {
  return `/weeks/${encodeURIComponent(slug)}/og-image.png`;
}

function shareImage(card: OpenGraphCard, path: string, siteUrl: string): ShareImage {
  return {
    url: `${siteUrl}${localisePath(path, card.locale)}?v=${openGraphCardVersion(card)}`,
    ...OPEN_GRAPH_IMAGE_SIZE,
    alt: openGraphCardAlt(card),
    type: "image/png",
  };
}

export function sessionShareImage(session: SessionForCard & { slug: string }, { siteUrl, locale }: { siteUrl: string; locale: AppLocale }): ShareImage {
  return shareImage(sessionOpenGraphCard(session, locale), sessionOpenGraphImagePath(session.slug), siteUrl);
}

export function weekShareImage(week: WeekForCard & { slug: string }, { siteUrl, locale }: { siteUrl: string; locale: AppLocale }): ShareImage {
  return shareImage(weekOpenGraphCard(week, locale), weekOpenGraphImagePath(week.slug), siteUrl);
}
