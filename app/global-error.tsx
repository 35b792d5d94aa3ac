"use client";

// next/link itself: the site's Link asks next-intl for the page's language,
// which would put the message formatter in every page's JavaScript for a
// page that is in English anyway.
import Link from "next/link";
import { outageMessages } from "@/lib/health/outage-messages";
import "./globals.css";

const { error: t, site } = outageMessages;

/**
 * Replaces the whole page when the root layout itself fails: it reads the
 * signed-in person from the database, so this is what a signed-in visitor sees
 * while the database is unreachable. The layout (and with it the translations
 * provider) is gone, so this page brings its own <html>, a plain copy of the
 * site's header and its own copy of the English messages. Nothing about the failure is shown
 * except the digest that finds it in the server log.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  const links = [
    { href: "/programme", label: site.nav.programme },
    { href: "/speakers", label: site.nav.speakers },
    { href: "/weeks", label: site.nav.weeks },
  ];
  return (
    <html lang="en-GB">
      <head>
        <title>{`${t.metaTitle} | ${site.name}`}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main-content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:inline-block focus:p-3">
          {site.skipLink}
        </a>
        <header className="border-b-8 border-brand bg-brand-dark text-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-xl font-bold text-white no-underline hover:underline">
              {site.name}
            </Link>
            <nav aria-label={site.primaryNav}>
              <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="inline-block py-2 font-bold text-white">
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          <div className="max-w-prose space-y-4 text-lg">
            <h1 className="text-3xl sm:text-4xl">{t.heading}</h1>
            <p>{t.body}</p>
            <p>{t.bookingHint}</p>
            <p>
              {/* A full reload of the page the visitor was on: works without JavaScript. */}
              <a href="" className="button">
                {t.retry}
              </a>
            </p>
            <ul className="list-disc space-y-2 pl-6">
              <li>
                <Link href="/programme">{t.programmeLink}</Link>
              </li>
              <li>
                <Link href="/">{t.homeLink}</Link>
              </li>
            </ul>
            {error.digest ? <p className="text-base text-muted">{t.reference.replace("{digest}", error.digest)}</p> : null}
          </div>
        </main>
      </body>
    </html>
  );
}
