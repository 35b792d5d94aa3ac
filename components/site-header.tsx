import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { LanguageSwitch } from "@/components/language-switch";
import { Link } from "@/components/locale-link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const [t, locale] = await Promise.all([getTranslations("site"), pageLocale()]);
  const links = [
    { href: "/programme", label: t("nav.programme") },
    { href: "/speakers", label: t("nav.speakers") },
    { href: "/weeks", label: t("nav.weeks") },
  ];
  return (
    <header className="border-b-8 border-brand bg-brand-dark text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:underline">
          {t("name")}
        </Link>
        <nav aria-label={t("primaryNav")}>
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-block py-2 font-bold text-white">
                  {link.label}
                </Link>
              </li>
            ))}
            {user ? (
              <>
                <li>
                  <Link href="/account" className="inline-block py-2 font-bold text-white">
                    {t("nav.account")}
                  </Link>
                </li>
                {user.role === "ORGANISER" ? (
                  <li>
                    <Link href="/admin" className="inline-block py-2 font-bold text-white">
                      {t("nav.admin")}
                    </Link>
                  </li>
                ) : null}
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="cursor-pointer py-2 font-bold text-white underline underline-offset-2">
                      {t("nav.signOut")}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li>
                <Link href="/sign-in" className="inline-block py-2 font-bold text-white">
                  {t("nav.signIn")}
                </Link>
              </li>
            )}
            <li>
              <Suspense>
                <LanguageSwitch locale={locale} className="inline-block py-2 font-bold text-white" />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
