import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorTextsProvider, type ErrorTexts } from "@/components/error-texts";
import { FormTextsProvider } from "@/components/forms/form-texts";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { siteUrl } from "@/lib/env";
import { localisePath } from "@/lib/i18n/locale-paths";
import { PAGE_PATH_HEADER } from "@/lib/i18n/locale-routing";
import { htmlLang, isAppLocale, openGraphLocale } from "@/lib/i18n/locales";
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
    openGraph: {
      type: "website",
      siteName: t("name"),
      title: t("name"),
      description: t("description"),
      locale: openGraphLocale(locale),
      alternateLocale: openGraphLocale(locale === "cy" ? "en" : "cy"),
    },
    twitter: { card: "summary" },
    icons: { icon: "/favicon.svg" },
  };
}

const isEmbedPath = (path: string) => path.startsWith("/embed/");

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
  const [t, account, user] = await Promise.all([getTranslations("error"), getTranslations("account"), getCurrentUser().catch(() => null)]);
  const errorTexts: ErrorTexts = {
    locale: isAppLocale(locale) ? locale : "en",
    metaTitle: t("metaTitle"),
    heading: t("heading"),
    body: t("body"),
    bookingHint: t("bookingHint"),
    retry: t("retry"),
    programmeLink: t("programmeLink"),
    homeLink: t("homeLink"),
    reference: t.raw("reference") as string,
  };
  if (isEmbedPath(await pagePath())) {
    // An embed page, inside another website's frame: only the programme, no
    // site header or footer (the framing page has its own), no skip link to skip them.
    return (
      <html lang={htmlLang(locale)}>
        <body>
          <main id="main-content" className="w-full px-3 py-4">
            <ErrorTextsProvider texts={errorTexts}>{children}</ErrorTextsProvider>
          </main>
        </body>
      </html>
    );
  }
  return (
    <html lang={htmlLang(locale)}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader user={user} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {/* The public pages load no message formatter: client components that
              format messages are under layouts or pages that provide them
              (account, admin, the pages that make an account); the error page
              and every form's error summary have their words here. */}
          <ErrorTextsProvider texts={errorTexts}>
            <FormTextsProvider texts={{ errorSummary: account("errorSummary"), errorPrefix: account("errorPrefix") }}>{children}</FormTextsProvider>
          </ErrorTextsProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
