import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { siteUrl } from "@/lib/env";
import { localisePath } from "@/lib/i18n/locale-paths";
import { PAGE_PATH_HEADER } from "@/lib/i18n/locale-routing";
import { htmlLang, openGraphLocale } from "@/lib/i18n/locales";
import "./globals.css";

// Every page reads the programme from the database at request time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale, page] = await Promise.all([getTranslations("site"), getLocale(), pagePath()]);
  return {
    metadataBase: new URL(siteUrl()),
    // Every page names itself in both languages (<link rel="alternate" hreflang>).
    alternates: { languages: { "en-GB": page, cy: localisePath(page, "cy"), "x-default": page } },
    title: { default: t("name"), template: `%s | ${t("name")}` },
    description: t("description"),
    applicationName: t("name"),
    openGraph: { type: "website", siteName: t("name"), title: t("name"), description: t("description"), locale: openGraphLocale(locale), alternateLocale: openGraphLocale(locale === "cy" ? "en" : "cy") },
    twitter: { card: "summary" },
    icons: { icon: "/favicon.svg" },
  };
}

/** This page's address as English has it, from the proxy; "/" if the proxy did not run. */
async function pagePath(): Promise<string> {
  const page = (await headers()).get(PAGE_PATH_HEADER);
  return page?.startsWith("/") && !page.startsWith("//") ? page : "/";
}

export const viewport: Viewport = { themeColor: "#0f2e5a", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // While the database is away the header shows the signed-out links rather
  // than failing the whole layout: the page's own error boundary then explains
  // the problem inside the site's frame (pages that need the person still
  // check them themselves and fail safely).
  const [messages, user] = await Promise.all([getMessages(), getCurrentUser().catch(() => null)]);
  return (
    <html lang={htmlLang(locale)}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader user={user} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {/* Client components get only the messages they use, to keep pages light. */}
          <NextIntlClientProvider messages={{ error: messages.error, account: messages.account, registration: messages.registration, cpd: messages.cpd }}>{children}</NextIntlClientProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
