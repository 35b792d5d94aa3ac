import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { sendVerificationEmailAction } from "@/app/(auth)/verify-email/actions";
import { ContentText } from "@/components/content-text";
import { AccountCpdSection } from "@/components/cpd/account-cpd-section";
import { FeedbackDueSection } from "@/components/feedback/feedback-due-section";
import { ResetCalendarForm } from "@/components/forms/reset-calendar-form";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TokenForm } from "@/components/forms/token-form";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { LatestMessagesSection } from "@/components/messages/latest-messages-section";
import { PageHeading } from "@/components/page-heading";
import { RegistrationForm } from "@/components/registration-form";
import { requireUser } from "@/lib/auth/current-user";
import { isEmailVerified } from "@/lib/auth/get-account-details";
import { listOpenCheckIns } from "@/lib/cpd/check-in/list-open-check-ins";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { listFeedbackDue } from "@/lib/feedback/get-my-feedback";
import { dateLocale } from "@/lib/i18n/locales";
import { listMyMessages } from "@/lib/messages/list-my-messages";
import { isSeniorLeader } from "@/lib/observations/get-my-observation";
import { formatLongDate, formatTimeRange, timeZoneAbbreviation } from "@/lib/programme/event-time";
import { listMyRegistrations, type MyRegistration } from "@/lib/registration/list-my-registrations";
import { listUnlistedSessionsForMe } from "@/lib/registration/list-unlisted-sessions-for-me";
import { getOrCreateCalendarToken } from "@/lib/registration/my-calendar";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.programme");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function MyProgrammePage({ searchParams }: Props) {
  const user = await requireUser("/account");
  const t = await getTranslations("account.programme");
  const tRegistration = await getTranslations("registration");
  const tCertificates = await getTranslations("certificates.account");
  const tPrivacy = await getTranslations("privacy.account");
  const params = await searchParams;
  const forbidden = params.forbidden === "1";
  const cancelledNotice = params.notice === "cancelled";
  const [registrations, calendarToken, emailVerified, seniorLeader, messages, feedbackDue] = await Promise.all([
    listMyRegistrations(prisma, user.id),
    getOrCreateCalendarToken(prisma, user.id),
    isEmailVerified(prisma, user.id),
    isSeniorLeader(prisma, user.id),
    listMyMessages(prisma, user.id, { take: 3 }),
    listFeedbackDue(prisma, user.id),
  ]);
  const forMe = await listUnlistedSessionsForMe(prisma, user.id);
  const dates = dateLocale(await getLocale());
  const tVerify = await getTranslations("account.verifyEmail");
  const now = new Date();
  const live = registrations.filter((registration) => registration.status !== "CANCELLED" && registration.session.status !== "CANCELLED");
  const upcoming = live.filter((registration) => registration.session.endsAt >= now);
  const past = live.filter((registration) => registration.session.endsAt < now).reverse();
  const cancelled = registrations.filter((registration) => registration.status === "CANCELLED" || registration.session.status === "CANCELLED");

  return (
    <>
      <PageHeading title={t("heading")} lead={<p className="[overflow-wrap:anywhere]">{t("intro", { name: user.name, email: user.email })}</p>} />
      {params.password === "reset" ? <SuccessNotice message={t("passwordReset")} /> : null}
      {emailVerified ? null : (
        <section aria-labelledby="verify-heading" className="mb-8 max-w-prose border-l-4 border-brand bg-panel p-4">
          <h2 id="verify-heading" className="mb-2 text-xl">
            {tVerify("metaTitle")}
          </h2>
          <p className="mb-3 [overflow-wrap:anywhere]">{tVerify("notice", { email: user.email })}</p>
          <TokenForm action={sendVerificationEmailAction} submit={tVerify("send")} done={tVerify("sent", { email: user.email })} secondary />
        </section>
      )}
      {forbidden ? <p className="mb-6 border-l-4 border-danger bg-panel p-4">{t("forbidden")}</p> : null}
      {cancelledNotice ? (
        <p role="status" className="mb-6 border-l-4 border-success bg-panel p-4 font-bold">
          {tRegistration("cancelledDone")}
        </p>
      ) : null}
      <p className="mb-8">
        <Link href="/account/details">{t("details")}</Link>
      </p>
      <p className="mb-8">
        <Link href="/account/privacy">{tPrivacy("link")}</Link>
      </p>
      <FeedbackDueSection due={feedbackDue} />
      <LatestMessagesSection messages={messages.messages} total={messages.total} />
      <AccountCpdSection openCheckIns={await listOpenCheckIns(prisma, user)} />
      <p className="mb-8">
        <Link href="/account/certificates">{tCertificates("heading")}</Link>
      </p>
      {seniorLeader ? (
        <p className="mb-8">
          <Link href="/account/observations">{(await getTranslations("observations.leader"))("title")}</Link>
        </p>
      ) : null}
      {registrations.length === 0 ? (
        <p className="mb-8">
          {t("none")} <Link href="/programme">{t("browse")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="calendar-heading" className="mb-10 border-l-4 border-brand bg-panel p-4">
        <h2 id="calendar-heading" className="mb-3 text-xl">
          {t("calendarHeading")}
        </h2>
        <p className="mb-4">
          <PlainLink href="/account/calendar.ics" download className="button button-secondary">
            {t("calendarDownload")}
          </PlainLink>
        </p>
        <label htmlFor="calendar-subscription" className="field-label">
          {t("calendarSubscribe")}
        </label>
        <p id="calendar-subscription-hint" className="mb-1 max-w-prose text-sm text-muted">
          {t("calendarSubscribeHint")}
        </p>
        <input
          id="calendar-subscription"
          readOnly
          value={`${siteUrl()}/calendar/${calendarToken}.ics`}
          aria-describedby="calendar-subscription-hint"
          className="field-control font-mono text-sm"
        />
        <ResetCalendarForm />
      </section>
      {forMe.length > 0 ? (
        <section aria-labelledby="for-me-heading" className="mb-10">
          <h2 id="for-me-heading" className="mb-2 text-2xl">
            {t("forMeHeading")}
          </h2>
          <p className="mb-2 max-w-prose">{t("forMeIntro")}</p>
          <ul className="list-disc pl-5">
            {forMe.map((session) => (
              <li key={session.id}>
                <Link href={`/sessions/${session.slug}`}>
                  <ContentText en={session.title} cy={session.titleCy} />
                </Link>
                , {formatLongDate(session.startsAt, session.event.timeZone, dates)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RegistrationList id="upcoming" heading={t("upcoming")} registrations={upcoming} cancellable />
      <RegistrationList id="past" heading={t("past")} registrations={past} />
      <RegistrationList id="cancelled" heading={t("cancelledHeading")} registrations={cancelled} />
    </>
  );
}

async function RegistrationList({
  id,
  heading,
  registrations,
  cancellable = false,
}: {
  id: string;
  heading: string;
  registrations: MyRegistration[];
  cancellable?: boolean;
}) {
  if (registrations.length === 0) return null;
  const t = await getTranslations("account.programme");
  const locale = dateLocale(await getLocale());
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10">
      <h2 id={`${id}-heading`} className="mb-2 text-2xl">
        {heading}
      </h2>
      <ul>
        {registrations.map((registration) => {
          const { session } = registration;
          const zone = session.event.timeZone;
          return (
            <li key={registration.id} className="space-y-2 border-t border-line py-4">
              <h3 className="text-lg">
                <Link href={`/sessions/${session.slug}`}>
                  <ContentText en={session.title} cy={session.titleCy} />
                </Link>
              </h3>
              <p>
                {formatLongDate(session.startsAt, zone, locale)}, {formatTimeRange(session.startsAt, session.endsAt, zone, locale)}{" "}
                {timeZoneAbbreviation(session.startsAt, zone)}
              </p>
              <p className="font-bold">
                {registration.status === "CANCELLED" || session.status === "CANCELLED"
                  ? t("cancelled")
                  : registration.status === "CONFIRMED"
                    ? t("confirmed")
                    : t("waitlisted", { position: registration.waitlistPosition ?? 0 })}
              </p>
              {registration.joinUrl && cancellable ? (
                <p>
                  <a href={registration.joinUrl} rel="noopener noreferrer">
                    {t("join")}
                  </a>
                  <span className="block text-sm text-muted">{t("joinHint")}</span>
                </p>
              ) : null}
              {cancellable ? (
                <RegistrationForm mode="cancel" registrationId={registration.id} waitlisted={registration.status === "WAITLISTED"} returnTo="/account" />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
