import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(auth)/actions";
import type { CurrentUser } from "@/lib/auth/current-user";

export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const t = await getTranslations("site");
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
          </ul>
        </nav>
      </div>
    </header>
  );
}
