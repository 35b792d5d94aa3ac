import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import type { listFeedbackDue } from "@/lib/feedback/get-my-feedback";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatLongDate } from "@/lib/programme/event-time";

/** On the account page: sessions the person attended and has not yet given feedback on. Nothing when there are none. */
export async function FeedbackDueSection({ due }: { due: Awaited<ReturnType<typeof listFeedbackDue>> }) {
  if (due.length === 0) return null;
  const t = await getTranslations("feedback.account");
  const locale = await pageLocale();
  const dates = dateLocale(await getLocale());
  return (
    <section aria-labelledby="feedback-due-heading" className="mb-10">
      <h2 id="feedback-due-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-3 max-w-prose">{t("lead")}</p>
      <ul className="space-y-2">
        {due.map((registration) => (
          <li key={registration.id}>
            <Link href={`/account/feedback/${registration.id}`}>
              {t("link", { session: contentTextIn(locale, registration.session.title, registration.session.titleCy) })}
            </Link>{" "}
            <span className="text-sm text-muted">
              ({t("when", { date: formatLongDate(registration.session.startsAt, registration.session.event.timeZone, dates) })})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
