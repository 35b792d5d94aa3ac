import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MessagesSections } from "@/components/admin/messages/messages-sections";
import { SessionAdminLinks } from "@/components/admin/registrations/session-admin-links";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { PageHeading } from "@/components/page-heading";
import { sessionWhen } from "@/lib/admin/registrations/format-times";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { getSessionMessagesPage } from "@/lib/messages/get-messages-page";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.messages"))("title") };
}

/** Messages to the people of one session: those sent and scheduled, and the form to write one. */
export default async function SessionMessagesPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const query = await searchParams;
  const organiser = await requireOrganiser(`/admin/sessions/${encodeURIComponent(sessionId)}/messages`);
  const data = await getSessionMessagesPage(prisma, organiser, sessionId, typeof query.draft === "string" ? query.draft : undefined);
  if (!data) notFound();
  const t = await getTranslations("admin.messages");
  const dates = dateLocale(await getLocale());
  const { session } = data;
  return (
    <>
      <PageHeading
        caption={`${t("title")} · ${session.event.title}`}
        title={<ContentText en={session.title} cy={session.titleCy} />}
        lead={<p>{t("when", sessionWhen(session, session.event.timeZone, dates))}</p>}
      />
      <SessionAdminLinks sessionId={session.id} eventId={session.event.id} current="messages" />
      <SuccessNotice message={query.done === "discarded" ? t("detail.discardedNotice") : undefined} />
      <p className="mb-8 max-w-prose">{t("intro")}</p>

      <MessagesSections data={data} scope={{ sessionId: session.id }} caption={t("list.caption")} />
    </>
  );
}
