import { useTranslations } from "next-intl";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";

/** The pages and downloads for one session; the current page is marked for screen readers too. */
export function SessionAdminLinks({
  sessionId,
  eventId,
  current,
}: {
  sessionId: string;
  eventId: string;
  current: "registrations" | "attendance" | "booking" | "messages" | "feedback" | "resources";
}) {
  const t = useTranslations("admin.registrations.links");
  const base = `/admin/sessions/${encodeURIComponent(sessionId)}`;
  const pages = [
    { href: `${base}/registrations`, key: "registrations" },
    { href: `${base}/attendance`, key: "attendance" },
    { href: `${base}/booking`, key: "booking" },
    { href: `${base}/messages`, key: "messages" },
    { href: `${base}/feedback`, key: "feedback" },
    { href: `${base}/resources`, key: "resources" },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-8 no-print">
      <p className="mb-3">
        <Link href="/admin/sessions">{t("backToSessions")}</Link>
        <span aria-hidden="true"> · </span>
        <Link href={base}>{t("editSession")}</Link>
      </p>
      <ul className="mb-3 flex flex-wrap gap-2">
        {pages.map((page) => (
          <li key={page.key}>
            <Link
              href={page.href}
              aria-current={current === page.key ? "page" : undefined}
              className={`inline-flex min-h-11 items-center px-3 font-bold ${current === page.key ? "bg-brand text-white" : "border-2 border-brand"}`}
            >
              {t(page.key)}
            </Link>
          </li>
        ))}
      </ul>
      <ul className="space-y-1">
        <li>
          {/* Plain links: the files download as attachments, with or without JavaScript. */}
          <a href={`${base}/registrations.csv`} download>
            {t("sessionCsv")}
          </a>
        </li>
        <li>
          <PlainLink href={`/admin/events/${encodeURIComponent(eventId)}/registrations.csv`} download>
            {t("eventCsv")}
          </PlainLink>
        </li>
      </ul>
    </nav>
  );
}
