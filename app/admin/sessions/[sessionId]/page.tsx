import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { changeSessionStatusAction, duplicateSessionAction } from "@/app/admin/sessions/actions";
import { ActionButtonForm } from "@/components/admin/sessions/action-button-form";
import { SessionForm } from "@/components/admin/sessions/session-form";
import { sessionFormChoices } from "@/components/admin/sessions/session-form-options";
import { SessionStatusTag } from "@/components/admin/sessions/session-status-tag";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getAdminSession } from "@/lib/admin/sessions/get-admin-session";
import { getSessionFormOptions } from "@/lib/admin/sessions/get-session-form-options";
import { sessionFormValues, speakerRowCount } from "@/lib/admin/sessions/session-form-values";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatLongDate } from "@/lib/programme/event-time";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.sessions");
  const organiser = await requireOrganiser("/admin/sessions");
  const session = await getAdminSession(prisma, organiser, (await params).sessionId);
  return { title: session ? t("edit.metaTitle", { title: session.title }) : t("metaTitle") };
}

const NOTES = ["startTimeAmbiguous", "endTimeAmbiguous"] as const;

export default async function EditSessionPage({ params, searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/sessions");
  const { sessionId } = await params;
  const query = await searchParams;
  const [session, options] = await Promise.all([getAdminSession(prisma, organiser, sessionId), getSessionFormOptions(prisma, organiser)]);
  if (!session) notFound();
  const t = await getTranslations("admin.sessions");
  const dates = dateLocale(await getLocale());
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  const choices = sessionFormChoices(options, (key, values) => t(key, values), await pageLocale());
  const values = sessionFormValues(session);
  const { confirmed, waitlisted } = session.registrations;
  const active = confirmed + waitlisted;
  // Sessions are cancelled before they start (see cancelSession); afterwards the button would only lead to a refusal.
  const started = session.startsAt <= new Date();

  const notes = [query.note].flat().filter((note): note is (typeof NOTES)[number] => NOTES.includes(note as (typeof NOTES)[number]));
  const number = (name: string) => Math.max(0, Number(typeof query[name] === "string" ? query[name] : 0) || 0);
  const done = typeof query.done === "string" ? query.done : "";
  const notice =
    done === "created"
      ? [t("created"), ...notes.map((note) => t(`notes.${note}`))].join(" ")
      : done === "duplicated"
        ? t("duplicated")
        : done === "cancelled"
          ? t("cancelled", { count: number("emailed") })
          : undefined;

  return (
    <>
      <nav aria-label={t("edit.backToList")} className="mb-4">
        <Link href={`/admin/sessions?event=${encodeURIComponent(session.event.slug)}`}>{t("edit.backToList")}</Link>
      </nav>
      <PageHeading title={<ContentText en={session.title} cy={session.titleCy} />} caption={t("edit.caption", { event: session.event.title })} />
      <SuccessNotice message={notice} />

      <section aria-labelledby="status-heading" className="mb-10 border-l-8 border-brand bg-panel p-4">
        <h2 id="status-heading" className="mb-3 text-2xl">
          {t("edit.statusHeading")}
        </h2>
        <p className="mb-2 text-lg">
          <SessionStatusTag status={session.status} label={t(`status.${session.status}`)} />{" "}
          {t(session.status === "DRAFT" ? "edit.draftExplained" : session.status === "PUBLISHED" ? "edit.publishedExplained" : "edit.cancelledExplained")}
        </p>
        {session.status === "PUBLISHED" && session.event.status === "DRAFT" ? <p className="mb-2 font-bold">{t("edit.eventIsDraft")}</p> : null}
        {session.cancelledAt ? (
          <p className="mb-2">{t("edit.cancelledAt", { date: formatLongDate(session.cancelledAt, session.event.timeZone, dates) })}</p>
        ) : null}
        <p className="mb-4">{t("edit.registrationsNow", { confirmed, waitlisted })}</p>
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`/admin/sessions/${session.id}/registrations`} className="inline-block py-1 font-bold">
              {t("edit.registrations")}
            </Link>
          </li>
          <li>
            <Link href={`/admin/sessions/${session.id}/attendance`} className="inline-block py-1 font-bold">
              {t("edit.attendance")}
            </Link>
          </li>
          <li>
            <Link href={`/admin/sessions/${session.id}/resources`} className="inline-block py-1 font-bold">
              {t("edit.resources")}
            </Link>
          </li>
          {session.status !== "DRAFT" && session.event.status === "PUBLISHED" ? (
            <li>
              <Link href={`/sessions/${session.slug}`} className="inline-block py-1">
                {t.rich("edit.viewPublic", { title: session.title, hidden })}
              </Link>
            </li>
          ) : null}
        </ul>
        <div className="flex flex-wrap items-start gap-4">
          {/* One form in one place for both directions, so its message stays after the status changes. */}
          {session.status === "DRAFT" || (session.status === "PUBLISHED" && active === 0) ? (
            <ActionButtonForm
              action={changeSessionStatusAction}
              fields={{ sessionId: session.id, to: session.status === "DRAFT" ? "PUBLISHED" : "DRAFT" }}
              label={t(session.status === "DRAFT" ? "edit.publish" : "edit.unpublish")}
              variant={session.status === "DRAFT" ? "primary" : "secondary"}
            />
          ) : null}
          <ActionButtonForm action={duplicateSessionAction} fields={{ sessionId: session.id }} label={t("edit.duplicate")} variant="secondary" />
          {session.status === "PUBLISHED" && !started ? (
            <Link href={`/admin/sessions/${session.id}/cancel`} className="button button-danger">
              {t("edit.cancel")}
            </Link>
          ) : null}
          <Link href={`/admin/sessions/${session.id}/delete`} className="button button-secondary">
            {t("edit.delete")}
          </Link>
        </div>
        {session.status === "PUBLISHED" && active > 0 ? <p className="mt-4 text-muted">{t("edit.unpublishBlocked")}</p> : null}
      </section>

      <h2 className="mb-4 text-2xl">{t("form.editHeading")}</h2>
      <SessionForm sessionId={session.id} initialValues={values} speakerRows={speakerRowCount(values)} confirmed={confirmed} {...choices} />
    </>
  );
}
