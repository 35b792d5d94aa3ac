import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { TableRegion } from "@/components/table-region";
import { formatMoment } from "@/lib/admin/registrations/format-times";
import { dateLocale } from "@/lib/i18n/locales";
import type { MessageListItem } from "@/lib/messages/list-messages";

/** The messages of a session or a week: what, to whom, when, and how many were delivered. */
export async function MessagesTable({ messages, timeZone, caption }: { messages: MessageListItem[]; timeZone: string; caption: string }) {
  const t = await getTranslations("admin.messages");
  const dates = dateLocale(await getLocale());
  if (messages.length === 0) return <p className="mb-6">{t("list.none")}</p>;
  return (
    <TableRegion label={caption}>
      <table className="mb-6 w-full text-left">
        <caption id="messages-caption" className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("list.subject")}</th>
            <th scope="col">{t("list.audience")}</th>
            <th scope="col">{t("list.status")}</th>
            <th scope="col">{t("list.when")}</th>
            <th scope="col">{t("list.delivery")}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => {
            const when = message.sentAt ?? message.sendAt;
            return (
              <tr key={message.id}>
                <td>
                  <Link href={`/admin/messages/${encodeURIComponent(message.id)}`} aria-label={t("list.open", { subject: message.subject })}>
                    {message.subject}
                  </Link>
                  {message.welsh ? <span className="block text-sm text-muted">{t("list.welsh")}</span> : null}
                </td>
                <td>{t(`compose.audiences.${message.audience as "EVERYONE"}`)}</td>
                <td>{t(`list.statuses.${message.status}`)}</td>
                <td>{when ? formatMoment(when, timeZone, dates) : "—"}</td>
                <td>{message.status === "SENT" ? t("list.deliveryValue", message.delivery) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
