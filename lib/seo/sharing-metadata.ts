import type { Metadata } from "next";
import { translatorFor } from "../i18n/catalogue";
import { openGraphLocale, type AppLocale } from "../i18n/locales";
import type { ShareImage } from "./share-image";

// A page's Open Graph and Twitter (X) card tags with its share image: what
// Teams, LinkedIn, Facebook, Slack and X read when a link is pasted. Next.js
// replaces the layout's openGraph and twitter objects with a page's own
// rather than merging them, so the site's name and the languages are
// repeated here.

export type SharingMetadataInput = {
  locale: AppLocale;
  title: string;
  description: string;
  image: ShareImage;
  /** "article" for a session's page, "website" for the rest. */
  type?: "website" | "article";
};

export function sharingMetadata({ locale, title, description, image, type = "website" }: SharingMetadataInput): Pick<Metadata, "openGraph" | "twitter"> {
  const { url, width, height, alt } = image;
  return {
    openGraph: {
      type,
      siteName: translatorFor(locale)("site.name"),
      locale: openGraphLocale(locale),
      alternateLocale: openGraphLocale(locale === "cy" ? "en" : "cy"),
      title,
      description,
      images: [{ url, width, height, alt, type: image.type }],
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url, alt }] },
  };
}
