import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { localisePath } from "@/lib/i18n/locale-paths";
import { isAppLocale } from "@/lib/i18n/locales";

/**
 * next/link in the page's language: on a Welsh page, href="/programme" leads
 * to /cy/programme. Every link to a page of this site uses it, so nobody
 * drops out of Welsh by following a link.
 */
export function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const locale = useLocale();
  const localised = typeof href === "string" && isAppLocale(locale) ? localisePath(href, locale) : href;
  return <NextLink href={localised} {...props} />;
}
