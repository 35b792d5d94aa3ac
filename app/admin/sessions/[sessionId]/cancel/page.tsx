import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cancelSessionAction } from "@/app/admin/sessions/actions";
import { ActionButtonForm } from "@/components/admin/sessions/action-button-form";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getAdminSession } from "@/lib/admin/sessions/get-admin-session";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { formatLongDate, formatTimeRange, timeZoneAbbreviation } from "@/lib/programme/event-time";

type Props = { params: Promise<{ sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.sessions");
  const organiser = await requireOrganiser("/admin/sessions");
  const session = await getAdminSession(prisma, organiser, (await params).sessionId);
  return { title: session ? t("cancelPage.metaTitle", { title: session.title }) : t("metaTitle") };
}

/** The confirmation step before a session is cancelled and everyone registered is emailed. */
export default async function CancelSessionPage({ params }: Props) {
  const organiser = await requireOrganiser("/admin/sessions");
  const session = await getAdminSession(prisma, organiser, (await params).sessionId);
  if (!session) notFound();
  const t = await getTranslations("admin.sessions");
  const dates = dateLocale(await getLocale());
  const timeZone = session.event.timeZone;
  const count = session.registrations.confirmed + session.registrations.waitlisted;
  const started = session.startsAt <= new Date();
  const back = `/admin/sessions/${session.id}`;

  return (
    <>
      <PageHeading
        title={t("cancelPage.heading")}
        caption={session.title}
        lead={
          <p>
            {formatLongDate(session.startsAt, timeZone, dates)}, {formatTimeRange(session.startsAt, session.endsAt, timeZone, dates)}{" "}
            {timeZoneAbbreviation(session.startsAt, timeZone)}
          </p>
        }
      />
      {session.status === "CANCELLED" ? (
        <p className="mb-6">{t("cancelPage.alreadyCancelled")}</p>
      ) : session.status !== "PUBLISHED" ? (
        <p className="mb-6">{t("cancelPage.notPublished")}</p>
      ) : started ? (
        <p className="mb-6">{t("cancelPage.started")}</p>
      ) : (
        <div className="mb-6 max-w-prose space-y-4">
          <p>{t("cancelPage.explanation")}</p>
          <p className="font-bold">{t("cancelPage.whoIsEmailed", { count })}</p>
          <ActionButtonForm action={cancelSessionAction} fields={{ sessionId: session.id }} label={t("cancelPage.confirm", { count })} variant="danger" />
        </div>
      )}
      <p>
        <Link href={back} className="inline-block py-1">
          {t("cancelPage.keep")}
        </Link>
      </p>
    </>
  );
}
