import { createHash } from "node:crypto";
import { contrastRatio } from "../admin/themes/colour-contrast";
import { translatorFor } from "../i18n/catalogue";
import { contentTextIn } from "../i18n/content";
import { dateLocale, type AppLocale } from "../i18n/locales";
import { formatDateRange, formatLongDate, formatTimeRange, timeZoneAbbreviation } from "../programme/event-time";

// What a share image says (issue 16: "Open Graph images for the week and each
// session … title, date, theme colour"), in the page's language, as plain
// data: the renderer draws it (render-open-graph-image.tsx), the page's
// metadata describes it in words (its alt text) and names its version.

export type OpenGraphCard = {
  locale: AppLocale;
  /** #rrggbb: the session's theme colour, else the site's brand colour. */
  background: string;
  /** #rrggbb: black or white, whichever reads better on the background (at least 4.5:1). */
  ink: string;
  /** Above the title: the week a session belongs to, or the site's name on a week's image. */
  kicker: string;
  /** Beside the kicker: "Cancelled" for a cancelled session. */
  badge: string | null;
  title: string;
  /** Under the title: the date (and time, in the week's time zone), then the theme. */
  details: string[];
  /** At the foot: who organises the week. */
  footer: string;
};

/** The site's dark brand blue (app/globals.css --color-brand-dark), for images with no theme colour. */
export const BRAND_COLOUR = "#0f2e5a";

/** WCAG 2.2 AA (1.4.3) for text of any size: the images are shown small in a feed, so large-text 3:1 is not enough. */
export const MIN_TEXT_CONTRAST = 4.5;

const INKS = ["#ffffff", "#000000"] as const;

/** White or black text, whichever contrasts more with the background: one of them always reaches 4.58:1. */
export function inkFor(background: string): string {
  return INKS.reduce((best, ink) => (contrastRatio(ink, background) > contrastRatio(best, background) ? ink : best));
}

function backgroundFrom(colour: string | null | undefined): string {
  return colour && /^#[0-9a-f]{6}$/i.test(colour) ? colour.toLowerCase() : BRAND_COLOUR;
}

type Bilingual = { en: string; cy: string | null };
const text = (locale: AppLocale, { en, cy }: Bilingual) => contentTextIn(locale, en, cy);

/** What the session card needs: the public session page's own fields (cachedSessionPage). */
export type SessionForCard = {
  title: string;
  titleCy: string | null;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  event: { title: string; titleCy: string | null; timeZone: string; organiserName: string; organiserNameCy: string | null };
  theme: { name: string; nameCy: string | null; colour: string } | null;
};

export function sessionOpenGraphCard(session: SessionForCard, locale: AppLocale): OpenGraphCard {
  const t = translatorFor(locale);
  const dates = dateLocale(locale);
  const zone = session.event.timeZone;
  const when = `${formatLongDate(session.startsAt, zone, dates)} · ${formatTimeRange(session.startsAt, session.endsAt, zone, dates)} ${timeZoneAbbreviation(session.startsAt, zone)}`;
  const background = backgroundFrom(session.theme?.colour);
  return {
    locale,
    background,
    ink: inkFor(background),
    kicker: text(locale, { en: session.event.title, cy: session.event.titleCy }),
    badge: session.cancelled ? t("common.cancelled") : null,
    title: text(locale, { en: session.title, cy: session.titleCy }),
    details: [when, ...(session.theme ? [text(locale, { en: session.theme.name, cy: session.theme.nameCy })] : [])],
    footer: text(locale, { en: session.event.organiserName, cy: session.event.organiserNameCy }),
  };
}

/** What the week card needs: a published week as the public loaders give it. */
export type WeekForCard = {
  title: string;
  titleCy: string | null;
  startDate: Date;
  endDate: Date;
  organiserName: string;
  organiserNameCy: string | null;
};

export function weekOpenGraphCard(week: WeekForCard, locale: AppLocale): OpenGraphCard {
  return {
    locale,
    background: BRAND_COLOUR,
    ink: inkFor(BRAND_COLOUR),
    kicker: translatorFor(locale)("site.name"),
    badge: null,
    title: text(locale, { en: week.title, cy: week.titleCy }),
    details: [formatDateRange(week.startDate, week.endDate, dateLocale(locale))],
    footer: text(locale, { en: week.organiserName, cy: week.organiserNameCy }),
  };
}

/** "Cancelled", "Do you get me?", …: each piece a sentence, unless it already ends like one. */
function sentence(piece: string): string {
  const trimmed = piece.trim();
  return /[.!?…]["”’)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The image's alt text: the words on it (an image of text is described by
 * its text), the title first, in the page's language.
 */
export function openGraphCardAlt(card: OpenGraphCard): string {
  return [card.badge, card.title, ...card.details, card.kicker, card.footer]
    .filter((piece): piece is string => !!piece && piece.trim() !== "")
    .map(sentence)
    .join(" ");
}

/** Changes whenever anything drawn changes (or the drawing itself: bump the layout number), so a changed image gets a new address. */
const LAYOUT_VERSION = 1;

export function openGraphCardVersion(card: OpenGraphCard): string {
  return createHash("sha256")
    .update(JSON.stringify({ layout: LAYOUT_VERSION, card }))
    .digest("hex")
    .slice(0, 12);
}
