import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessNeedsSection } from "@/components/admin/registrations/access-needs-section";
import { RegistrationCounts } from "@/components/admin/registrations/registration-counts";
import { RegistrationsTable } from "@/components/admin/registrations/registrations-table";
import { SessionAdminLinks } from "@/components/admin/registrations/session-admin-links";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { sessionWhen } from "@/lib/admin/registrations/format-times";
import { getSessionAccessNeeds } from "@/lib/admin/registrations/get-access-needs";
import { getSessionRegistrations, type SessionRegistrations } from "@/lib/admin/registrations/get-session-registrations";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.registrations"))("registrationsTitle") };
}

export default async function SessionRegistrationsPage({ params, searchParams }: Props) {
  const organiser = await requireOrganiser(`/admin/sessions/${encodeURIComponent((await params).sessionId)}/registrations`);
  const data = await getSessionRegistrations(prisma, organiser, (await params).sessionId);
  if (!data) notFound();
  const access = await getSessionAccessNeeds(prisma, organiser, data.session.id);
  const t = await getTranslations("admin.registrations");
  const { session, counts } = data;
  const editable = session.status !== "CANCELLED";
  const full = counts.placesLeft === 0;
  return (
    <>
      <PageHeading
        caption={`${t("registrationsTitle")} · ${session.event.title}`}
        title={<ContentText en={session.title} cy={session.titleCy} />}
        lead={
          <>
            <p>{t("when", sessionWhen(session, session.event.timeZone, dateLocale(await getLocale())))}</p>
            {session.status !== "PUBLISHED" ? <p className="font-bold">{t(`sessionStatus.${session.status}`)}</p> : null}
          </>
        }
      />
      <SessionAdminLinks sessionId={session.id} eventId={session.event.id} current="registrations" />
      <SuccessNotice message={doneMessage(t, data, await searchParams)} />
      <RegistrationCounts counts={counts} />
      {full && editable && counts.waitingList > 0 ? (
        <p className="mb-8 max-w-prose border-l-4 border-warning bg-panel p-3">
          {t("fullHint")} <Link href={`/admin/sessions/${encodeURIComponent(session.id)}`}>{t("links.editSession")}</Link>
        </p>
      ) : null}
      <AccessNeedsSection access={access} />
      <RegistrationsTable kind="confirmed" rows={data.confirmed} sessionId={session.id} timeZone={session.event.timeZone} editable={editable} />
      <RegistrationsTable kind="waitingList" rows={data.waitingList} sessionId={session.id} timeZone={session.event.timeZone} editable={editable} />
      <RegistrationsTable kind="cancelled" rows={data.cancelled} sessionId={session.id} timeZone={session.event.timeZone} editable={editable} />
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"admin.registrations">>>;

/** The confirmation after a change (the actions redirect here with what they did, never with names). */
function doneMessage(t: Translate, data: SessionRegistrations, query: Record<string, string | string[] | undefined>): string | undefined {
  const done = query.done;
  const registrationId = query.registration;
  if (typeof registrationId !== "string") return undefined;
  const person = [...data.confirmed, ...data.waitingList, ...data.cancelled].find((registration) => registration.id === registrationId);
  if (!person) return undefined;
  const name = person.user.name;
  if (done === "promoted") return t("done.promoted", { name });
  if (done === "promotedNoEmail") return t("done.promotedNoEmail", { name });
  if (done === "cancelled") {
    const promoted = Number(query.promoted);
    return Number.isInteger(promoted) && promoted > 0 ? t("done.cancelledAndPromoted", { name, count: promoted }) : t("done.cancelled", { name });
  }
  return undefined;
}
