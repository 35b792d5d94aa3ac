import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AttendanceRegisterForm } from "@/components/admin/registrations/attendance-register-form";
import { AttendanceTotals } from "@/components/admin/registrations/attendance-totals";
import { SessionAdminLinks } from "@/components/admin/registrations/session-admin-links";
import { ContentText } from "@/components/content-text";
import { SelfCheckInPanel } from "@/components/cpd/self-check-in-panel";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { GetForm } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { sessionWhen } from "@/lib/admin/registrations/format-times";
import { getAttendanceRegister, type AttendanceRegister } from "@/lib/admin/registrations/get-attendance-register";
import { requireOrganiser } from "@/lib/auth/current-user";
import { getSelfCheckIn } from "@/lib/cpd/check-in/get-self-check-in";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.registrations"))("attendanceTitle") };
}

export default async function AttendancePage({ params, searchParams }: Props) {
  const organiser = await requireOrganiser(`/admin/sessions/${encodeURIComponent((await params).sessionId)}/attendance`);
  const query = await searchParams;
  const register = await getAttendanceRegister(prisma, organiser, { sessionId: (await params).sessionId, q: query.q });
  const selfCheckIn = await getSelfCheckIn(prisma, organiser, (await params).sessionId);
  if (!register || !selfCheckIn) notFound();
  const t = await getTranslations("admin.registrations");
  const { session, q, people, totals } = register;
  const path = `/admin/sessions/${encodeURIComponent(session.id)}/attendance`;
  const justMarked = typeof query.registration === "string" ? query.registration : undefined;
  return (
    <>
      <PageHeading
        caption={`${t("attendanceTitle")} · ${session.event.title}`}
        title={<ContentText en={session.title} cy={session.titleCy} />}
        lead={<p>{t("when", sessionWhen(session, session.event.timeZone, dateLocale(await getLocale())))}</p>}
      />
      <SessionAdminLinks sessionId={session.id} eventId={session.event.id} current="attendance" />
      <section id="summary" aria-labelledby="totals-heading" tabIndex={-1} className="mb-8 focus:outline-none">
        <SuccessNotice message={doneMessage(t, register, query)} />
        <AttendanceTotals totals={totals} />
      </section>
      <SelfCheckInPanel session={selfCheckIn} done={typeof query.checkIn === "string" ? query.checkIn : undefined} />

      {session.status === "CANCELLED" ? (
        <p className="border-l-4 border-danger bg-panel p-3 font-bold">{t("register.cancelledSession")}</p>
      ) : totals.confirmed === 0 ? (
        <p>{t("register.noneConfirmed")}</p>
      ) : (
        <>
          {/* A GET form, so the filter is in the address and works without JavaScript. */}
          <GetForm action={path} role="search" className="mb-6 flex max-w-xl flex-wrap items-end gap-3">
            <div className="min-w-0 flex-1 [&>div]:mb-0">
              <TextField name="q" label={t("register.filterLabel")} type="search" defaultValue={q} autoComplete="off" />
            </div>
            <button type="submit" className="button button-secondary">
              {t("register.filterButton")}
            </button>
            {q ? (
              <Link href={path} className="inline-flex min-h-11 items-center">
                {t("register.clearFilter")}
              </Link>
            ) : null}
          </GetForm>
          {q ? (
            <p role="status" className="mb-4 font-bold">
              {t("register.filterResult", { count: people.length, q })}
            </p>
          ) : null}
          <AttendanceRegisterForm
            sessionId={session.id}
            q={q}
            justMarked={justMarked}
            people={people.map((registration) => ({
              id: registration.id,
              attendance: registration.attendance,
              name: registration.user.name,
              detail: [registration.user.jobRole, registration.user.organisation].filter(Boolean).join(", "),
            }))}
          />
        </>
      )}
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"admin.registrations">>>;

/** What the last mark did: the action redirects here with counts and ids, never with names. */
function doneMessage(t: Translate, register: AttendanceRegister, query: Record<string, string | string[] | undefined>): string | undefined {
  if (typeof query.marked !== "string") return undefined;
  const person = typeof query.registration === "string" ? register.people.find((registration) => registration.id === query.registration) : undefined;
  if (person) return t("done.markedOne", { name: person.user.name, attendance: t(`attendance.${person.attendance}`) });
  const changed = Number(query.marked);
  return Number.isInteger(changed) && changed >= 0 ? t("done.marked", { count: changed }) : undefined;
}
