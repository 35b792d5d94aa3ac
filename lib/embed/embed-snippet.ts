import { translatorFor } from "../i18n/catalogue";
import { localisePath } from "../i18n/locale-paths";
import type { AppLocale } from "../i18n/locales";
// The schedule files' attribute escaping serves HTML attributes too, control characters dropped.
import { xmlAttribute as attribute } from "../schedule/schedule-text";

/**
 * The iframe a web team pastes to show a week's programme: titled (WCAG 4.1.2,
 * a frame needs a name), full width, lazy, and tall enough for a day's
 * sessions; the page inside scrolls on its own if it needs more.
 */
export function embedSnippet({ siteUrl, slug, locale, title }: { siteUrl: string; slug: string; locale: AppLocale; title: string }): string {
  const src = `${siteUrl}${localisePath(`/embed/weeks/${slug}`, locale)}`;
  const frameTitle = translatorFor(locale)("admin.events.embed.frameTitle", { title });
  return `<iframe src="${attribute(src)}" title="${attribute(frameTitle)}" style="width:100%;height:900px;border:0" loading="lazy"></iframe>`;
}
