"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link } from "@/components/locale-link";

const sections = [
  { href: "/admin", key: "dashboard" },
  { href: "/admin/events", key: "events" },
  { href: "/admin/themes", key: "themes" },
  { href: "/admin/speakers", key: "speakers" },
  { href: "/admin/sessions", key: "sessions" },
  { href: "/admin/observations", key: "observations" },
  { href: "/admin/certificates", key: "certificates" },
  { href: "/admin/organisers", key: "organisers" },
  { href: "/admin/emails", key: "emails" },
  { href: "/admin/audit", key: "audit" },
] as const;

/** The admin area's own navigation; the current section is marked for screen readers too. */
export function AdminNav() {
  const t = useTranslations("admin.common.nav");
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={t("label")} className="mb-8 border-b-4 border-brand no-print">
      <ul className="flex flex-wrap gap-x-1">
        {sections.map((section) => {
          const current = isCurrent(section.href);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block px-3 py-2 font-bold ${current ? "bg-brand text-white" : ""}`}
              >
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
