import Link from "next/link";
import { useTranslations } from "next-intl";

export function SiteHeader() {
  const t = useTranslations("site");
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
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
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
  );
}
