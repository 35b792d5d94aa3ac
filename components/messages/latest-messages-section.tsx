import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { contentIn } from "@/lib/i18n/content";
import { dateLocale, isAppLocale } from "@/lib/i18n/locales";
import type { MyMessage } from "@/lib/messages/list-my-messages";
import { formatLongDate } from "@/lib/programme/event-time";

/** The newest messages from organisers on the account page, each linking to its full text. */
export async function LatestMessagesSection({ messages, total }: { messages: MyMessage[]; total: number }) {
  const t = await getTranslations("organiserMessages.account");
  const requested = await getLocale();
  const locale = isAppLocale(requested) ? requested : "en";
  return (
    <section aria-labelledby="messages-heading" className="mb-10">
      <h2 id="messages-heading" className="mb-2 text-2xl">
        {t("latestHeading")}
      </h2>
      {messages.length === 0 ? (
        <p>{t("latestNone")}</p>
      ) : (
        <>
          <ul className="mb-3 space-y-2">
            {messages.map((item) => {
              const subject = contentIn(locale, item.message.subject, item.message.subjectCy && item.message.bodyCy ? item.message.subjectCy : null);
              return (
                <li key={item.id}>
                  <Link href={`/account/messages#message-${item.id}`} lang={subject.lang} className="font-bold">
                    {subject.text}
                  </Link>{" "}
                  <span className="text-sm text-muted">
                    {t("sent", { date: formatLongDate(item.message.sentAt ?? item.createdAt, item.message.event.timeZone, dateLocale(locale)) })}
                  </span>
                </li>
              );
            })}
          </ul>
          <p>
            <Link href="/account/messages">{t("all", { count: total })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
