import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MessageChangeButton } from "@/components/admin/messages/message-change-button";
import { SendMessageForm } from "@/components/admin/messages/send-message-form";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { MessageText } from "@/components/message-text";
import { PageHeading } from "@/components/page-heading";
import { formatMoment } from "@/lib/admin/registrations/format-times";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { getMessageDetail, PREVIEW_NAMES } from "@/lib/messages/get-message";

type Props = { params: Promise<{ messageId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = { sent: "sentNotice", scheduled: "scheduledNotice", cancelled: "cancelledNotice" } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.messages.detail"))("title") };
}

/**
 * One message: a draft's preview (who it goes to, both languages) with the
 * button that sends or schedules it; a scheduled one, which can be cancelled;
 * a sent one, with its delivery counts.
 */
export default async function MessagePage({ params, searchParams }: Props) {
  const { messageId } = await params;
  const query = await searchParams;
  const organiser = await requireOrganiser(`/admin/messages/${encodeURIComponent(messageId)}`);
  const detail = await getMessageDetail(prisma, organiser, messageId);
  if (!detail) notFound();
  const t = await getTranslations("admin.messages");
  const dates = dateLocale(await getLocale());
  const { message } = detail;
  const zone = message.event.timeZone;
  const listPage = message.session
    ? `/admin/sessions/${encodeURIComponent(message.session.id)}/messages`
    : `/admin/events/${encodeURIComponent(message.event.id)}/messages`;
  const draft = message.status === "DRAFT";
  const notice = typeof query.done === "string" && query.done in NOTICES ? t(`detail.${NOTICES[query.done as keyof typeof NOTICES]}`) : undefined;
  const sendAtText = message.sendAt ? formatMoment(message.sendAt, zone, dates) : null;
  const askEnglishOnly = !message.bodyCy && (detail.weekHasWelsh || detail.welshReaders > 0);
  return (
    <>
      <PageHeading
        caption={`${t(`list.statuses.${message.status}`)} · ${message.event.title}`}
        title={draft ? t("detail.draftTitle") : message.subject}
        lead={
          <p>
            {message.session ? (
              <>
                {t("detail.aboutSession")} <ContentText en={message.session.title} cy={message.session.titleCy} />
              </>
            ) : (
              <>
                {t("detail.aboutWeek")} <ContentText en={message.event.title} cy={message.event.titleCy} />
              </>
            )}
          </p>
        }
      />
      <p className="mb-6">
        <Link href={listPage}>{t("detail.back")}</Link>
      </p>
      <SuccessNotice message={notice} />

      <section aria-labelledby="recipients-heading" className="mb-10 max-w-prose">
        <h2 id="recipients-heading" className="mb-3 text-2xl">
          {t("detail.audience", { audience: t(`compose.audiences.${message.audience}`) })}
        </h2>
        <p className="mb-2 font-bold">
          {message.status === "SENT" ? t("detail.recipientsSent", { count: detail.recipientCount }) : t("detail.recipients", { count: detail.recipientCount })}
        </p>
        {message.status === "SCHEDULED" || (draft && message.sendAt) ? <p className="mb-2">{t("detail.scheduledRecount")}</p> : null}
        {detail.firstRecipients.length > 0 ? (
          <>
            <p className="mb-1">{t("detail.firstRecipients")}</p>
            <ul className="mb-2 list-disc pl-6">
              {detail.firstRecipients.map((person) => (
                <li key={person.email}>
                  {person.name} ({person.email})
                </li>
              ))}
            </ul>
            {detail.recipientCount > PREVIEW_NAMES ? <p className="mb-2">{t("detail.andMore", { count: detail.recipientCount - PREVIEW_NAMES })}</p> : null}
          </>
        ) : null}
        <p className="mb-2">{t("detail.welshReaders", { count: detail.welshReaders })}</p>
        {message.status === "SENT" ? (
          <>
            <p className="mb-2">{t("detail.sentAt", { when: formatMoment(message.sentAt!, zone, dates) })}</p>
            <p className="mb-2">{t("detail.delivery", detail.delivery)}</p>
          </>
        ) : null}
        {message.status === "SCHEDULED" && sendAtText ? <p className="mb-2 font-bold">{t("detail.scheduledFor", { when: sendAtText })}</p> : null}
        {message.status === "CANCELLED" ? <p className="mb-2 font-bold">{t("detail.cancelledNote")}</p> : null}
        {message.createdBy ? (
          <p className="text-sm text-muted">{t("detail.writtenBy", { name: message.createdBy.name, when: formatMoment(message.createdAt, zone, dates) })}</p>
        ) : null}
      </section>

      <section aria-labelledby="english-heading" className="mb-10 max-w-prose">
        <h2 id="english-heading" className="mb-3 text-2xl">
          {t("detail.englishVersion")}
        </h2>
        <div lang="en" className="border-l-4 border-brand bg-panel p-4">
          <p className="mb-3 font-bold">{message.subject}</p>
          <MessageText text={message.body} />
        </div>
      </section>

      <section aria-labelledby="welsh-heading" className="mb-10 max-w-prose">
        <h2 id="welsh-heading" className="mb-3 text-2xl">
          {t("detail.welshVersion")}
        </h2>
        {message.subjectCy && message.bodyCy ? (
          <div lang="cy" className="border-l-4 border-brand bg-panel p-4">
            <p className="mb-3 font-bold">{message.subjectCy}</p>
            <MessageText text={message.bodyCy} />
          </div>
        ) : (
          <p>{t("detail.noWelsh")}</p>
        )}
      </section>

      {draft ? (
        <section aria-label={t("detail.draftTitle")} className="mb-10">
          <SendMessageForm
            messageId={message.id}
            askEnglishOnly={askEnglishOnly}
            submit={sendAtText ? t("detail.schedule", { when: sendAtText }) : t("detail.sendNow")}
          />
          <p className="mb-6">
            <Link href={`${listPage}?draft=${encodeURIComponent(message.id)}#compose-heading`}>{t("detail.change")}</Link>
          </p>
          <MessageChangeButton messageId={message.id} change="discard" label={t("detail.discard")} />
        </section>
      ) : null}
      {message.status === "SCHEDULED" ? <MessageChangeButton messageId={message.id} change="cancel" label={t("detail.cancel")} /> : null}
    </>
  );
}
