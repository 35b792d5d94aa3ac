import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { TableRegion } from "@/components/table-region";
import type { SpeakerForEditing } from "@/lib/admin/speakers/get-speaker-for-editing";
import { dateLocale } from "@/lib/i18n/locales";
import { formatLongDate } from "@/lib/programme/event-time";

/** The sessions a speaker is in, each linking to its admin page. */
export async function SpeakerSessionsTable({ speaker }: { speaker: SpeakerForEditing }) {
  const [t, tParts] = await Promise.all([getTranslations("admin.speakers"), getTranslations("parts")]);
  const dates = dateLocale(await getLocale());
  return (
    <TableRegion label={t("edit.sessionsTableLabel")}>
      <table className="data-table">
        <caption className="sr-only">{t("edit.sessionsCaption", { name: speaker.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("edit.session")}</th>
            <th scope="col">{t("edit.week")}</th>
            <th scope="col">{t("edit.date")}</th>
            <th scope="col">{t("edit.part")}</th>
            <th scope="col">{t("edit.sessionStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {speaker.sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row">
                <Link href={`/admin/sessions/${session.id}`}>{session.title}</Link>
              </th>
              <td>{session.event.title}</td>
              <td className="whitespace-nowrap">{formatLongDate(session.startsAt, session.event.timeZone, dates)}</td>
              <td>{tParts(session.part)}</td>
              <td>{t(`sessionStatus.${session.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
