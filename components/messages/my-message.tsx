import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { MessageText } from "@/components/message-text";
import { contentIn } from "@/lib/i18n/content";
import { dateLocale, isAppLocale, type AppLocale } from "@/lib/i18n/locales";
import type { MyMessage } from "@/lib/messages/list-my-messages";
import { formatLongDate } from "@/lib/programme/event-time";

/** One message as its reader sees it on their account, in the page's language where the organiser wrote one. */
export async function MyMessageArticle({ item }: { item: MyMessage }) {
  const t = await getTranslations("organiserMessages.account");
  const requested = await getLocale();
  const locale: AppLocale = isAppLocale(requested) ? requested : "en";
  const { message } = item;
  const welsh = locale === "cy" && Boolean(message.subjectCy && message.bodyCy);
  const lang = welsh ? "cy" : "en";
  const event = contentIn(locale, message.event.title, message.event.titleCy);
  const organiser = contentIn(locale, message.event.organiserName, message.event.organiserNameCy);
  const sent = message.sentAt ?? item.createdAt;
  return (
    <article id={`message-${item.id}`} aria-labelledby={`message-${item.id}-subject`} className="mb-8 max-w-prose border-l-4 border-brand bg-panel p-4">
      <h2 id={`message-${item.id}-subject`} lang={lang} className="mb-1 text-xl">
        {welsh ? message.subjectCy : message.subject}
      </h2>
      <p className="mb-3 text-sm text-muted">
        {t("sent", { date: formatLongDate(sent, message.event.timeZone, dateLocale(locale)) })} ·{" "}
        {message.session ? (
          <Link href={`/sessions/${message.session.slug}`}>
            {t("aboutSession", { session: contentIn(locale, message.session.title, message.session.titleCy).text })}
          </Link>
        ) : (
          <span lang={event.lang}>{t("aboutWeek", { event: event.text })}</span>
        )}{" "}
        · <span lang={organiser.lang}>{t("from", { organiser: organiser.text })}</span>
      </p>
      {locale === "cy" && !welsh ? <p className="mb-2 text-sm">{t("englishOnly")}</p> : null}
      <div lang={lang}>
        <MessageText text={welsh ? message.bodyCy! : message.body} />
      </div>
    </article>
  );
}
