import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { localisePath } from "@/lib/i18n/locale-paths";
import { isAppLocale } from "@/lib/i18n/locales";

// Plain links and GET forms in the page's language: a download from a Welsh
// page (a calendar file, a CSV, a certificate) is in Welsh, and a search or
// filter form on a Welsh page stays in Welsh. Links to pages use
// components/locale-link.tsx; these are for a full request of their own.

function useLocalised(href: string): string {
  const locale = useLocale();
  return isAppLocale(locale) ? localisePath(href, locale) : href;
}

/** An <a> whose href on a Welsh page leads to the Welsh address (downloads, full page loads). */
export function PlainLink({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  return <a href={useLocalised(href)} {...props} />;
}

/** A search or filter form (method GET) that stays in the page's language. */
export function GetForm({ action, ...props }: Omit<ComponentProps<"form">, "action" | "method"> & { action: string }) {
  return <form method="get" action={useLocalised(action)} {...props} />;
}
