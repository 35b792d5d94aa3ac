"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { samePageIn } from "@/lib/i18n/locale-paths";
import { ENGLISH_SWITCH_PREFIX } from "@/lib/i18n/locale-routing";
import { htmlLang, languageNames, type AppLocale } from "@/lib/i18n/locales";

/**
 * The link to this same page in the other language, filters and all: shown
 * on every page, up front (the Active Offer), named in its own language.
 * A plain link, not a client-side navigation: the whole page, header and
 * all, changes language. The way back to English goes through /en, which
 * remembers the choice (lib/i18n/locale-routing.ts). The page's language
 * comes from the server: the header is outside the client intl provider.
 */
export function LanguageSwitch({ locale, className }: { locale: AppLocale; className?: string }) {
  const other = locale === "cy" ? "en" : "cy";
  const target = samePageIn(other, usePathname(), useSearchParams().toString());
  // "/en" + the English address; the home page "/" (with any query) is "/en", "/en?…".
  const href = other === "en" ? `${ENGLISH_SWITCH_PREFIX}${target.startsWith("/?") || target === "/" ? target.slice(1) : target}` : target;
  return (
    <a href={href} hrefLang={htmlLang(other)} lang={htmlLang(other)} className={className} data-language-switch="">
      {languageNames[other]}
    </a>
  );
}
