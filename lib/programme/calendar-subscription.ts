import { localisePath } from "../i18n/locale-paths";
import type { AppLocale } from "../i18n/locales";

/**
 * The webcal:// address of one of our calendar feeds, in the page's language.
 * Following it opens the visitor's calendar app, which subscribes and fetches
 * the feed over the site's own scheme; built from SITE_URL like every other
 * absolute link, never from the request's Host header.
 */
export function calendarSubscriptionUrl(siteUrl: string, feedPath: string, locale: AppLocale): string {
  return `${siteUrl}${localisePath(feedPath, locale)}`.replace(/^https?:/i, "webcal:");
}
