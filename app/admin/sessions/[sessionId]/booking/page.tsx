import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingRequestsTable } from "@/components/admin/booking/booking-requests-table";
import { BookingRuleForm } from "@/components/admin/booking/booking-rule-form";
import { InvitationCodeForm } from "@/components/admin/booking/invitation-code-form";
import { InvitationCodesTable } from "@/components/admin/booking/invitation-codes-table";
import { SessionAdminLinks } from "@/components/admin/registrations/session-admin-links";
import { BookingRuleText } from "@/components/booking-rule-text";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { PageHeading } from "@/components/page-heading";
import { findDecidedRequest, getSessionBooking } from "@/lib/admin/booking/get-session-booking";
import { sessionWhen } from "@/lib/admin/registrations/format-times";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { setSessionBookingRuleAction } from "./actions";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const REQUEST_DONE = ["approvedConfirmed", "approvedWaitlisted", "declined"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.booking"))("title") };
}

/** Who may book one session: its rule, its invitation codes, and the requests for a place waiting for a decision. */
export default async function SessionBookingPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const organiser = await requireOrganiser(`/admin/sessions/${encodeURIComponent(sessionId)}/booking`);
  const data = await getSessionBooking(prisma, organiser, sessionId);
  if (!data) notFound();
  const t = await getTranslations("admin.booking");
  const dates = dateLocale(await getLocale());
  const { session, effective } = data;
  const weekRule = t(`ruleShort.${session.event.bookingRule}`);
  const query = await searchParams;
  const done = typeof query.done === "string" ? query.done : "";
  const decided =
    REQUEST_DONE.find((key) => key === done) && typeof query.request === "string"
      ? await findDecidedRequest(prisma, organiser, session.id, query.request)
      : null;
  const notice =
    decided && (REQUEST_DONE as readonly string[]).includes(done)
      ? t(`requests.${done as (typeof REQUEST_DONE)[number]}`, { name: decided.name })
      : done === "codeWithdrawn"
        ? t("codes.withdrawn")
        : undefined;
  return (
    <>
      <PageHeading
        caption={`${t("title")} · ${session.event.title}`}
        title={<ContentText en={session.title} cy={session.titleCy} />}
        lead={<p>{t("when", sessionWhen(session, session.event.timeZone, dates))}</p>}
      />
      <SessionAdminLinks sessionId={session.id} eventId={session.event.id} current="booking" />
      <SuccessNotice message={notice} />

      <section aria-labelledby="rule-heading" className="mb-12">
        <h2 id="rule-heading" className="mb-3 text-2xl">
          {t("ruleHeading")}
        </h2>
        <p className="mb-2 max-w-prose">{t("ruleIntro")}</p>
        <p className="mb-6 max-w-prose border-l-4 border-brand bg-panel p-3">
          <strong>{t("nowShown")}</strong> <BookingRuleText rule={effective} />
          {session.unlisted ? <span className="block">{t("unlistedNow")}</span> : null}
        </p>
        <BookingRuleForm
          action={setSessionBookingRuleAction}
          id={{ sessionId: session.id }}
          session={{ weekRule }}
          initial={{
            bookingRule: session.bookingRule ?? "",
            bookingDomains: session.bookingDomains.join(", "),
            bookingAudience: session.bookingAudience ?? "",
            bookingAudienceCy: session.bookingAudienceCy ?? "",
            unlisted: session.unlisted ? "on" : "",
          }}
        />
      </section>

      <section aria-labelledby="requests-heading" className="mb-12">
        <h2 id="requests-heading" className="mb-3 text-2xl">
          {t("requests.heading", { count: data.pending.length })}
        </h2>
        {effective.rule !== "APPROVAL" && data.pending.length === 0 ? <p className="mb-3 max-w-prose">{t("requests.notApproval")}</p> : null}
        <p className="mb-3">{t("requests.decided", { approved: data.approved, declined: data.declined })}</p>
        <BookingRequestsTable sessionId={session.id} requests={data.pending} timeZone={session.event.timeZone} />
      </section>

      <section aria-labelledby="codes-heading" className="mb-12">
        <h2 id="codes-heading" className="mb-3 text-2xl">
          {t("codes.heading", { count: data.codes.length })}
        </h2>
        <p className="mb-3 max-w-prose">{effective.rule === "INVITATION" ? t("codes.intro") : t("codes.notInvitation")}</p>
        <InvitationCodesTable sessionId={session.id} codes={data.codes} timeZone={session.event.timeZone} />
        <h3 className="mb-3 mt-8 text-xl">{t("codes.addHeading")}</h3>
        <InvitationCodeForm sessionId={session.id} />
      </section>
    </>
  );
}
