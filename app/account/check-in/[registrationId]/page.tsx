import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckInForm } from "@/components/cpd/check-in-form";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { getCheckInRegistration } from "@/lib/cpd/check-in/get-check-in-registration";
import { prisma } from "@/lib/db";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatClock, formatLongDate } from "@/lib/programme/event-time";

type Props = { params: Promise<{ registrationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.checkIn");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function CheckInPage({ params }: Props) {
  const { registrationId } = await params;
  const user = await requireUser(`/account/check-in/${registrationId}`);
  const t = await getTranslations("cpd.checkIn");
  const registration = await getCheckInRegistration(prisma, user, registrationId);
  if (!registration) {
    return (
      <>
        <PageHeading title={t("metaTitle")} lead={<p>{t("notFound")}</p>} />
        <p>
          <Link href="/account">{t("back")}</Link>
        </p>
      </>
    );
  }
  const locale = dateLocale(await getLocale());
  const zone = registration.session.event.timeZone;
  const { opens, closes } = registration.window;
  return (
    <>
      <PageHeading
        title={t("heading", { title: contentTextIn(await pageLocale(), registration.session.title, registration.session.titleCy) })}
        lead={
          <p>
            {t("lead", { opens: `${formatLongDate(opens, zone, locale)} ${formatClock(opens, zone, locale)}`, closes: `${formatClock(closes, zone, locale)}` })}
          </p>
        }
      />
      {registration.attendance === "ATTENDED" ? (
        <p>
          {t("alreadyAttended")} <Link href={`/account/cpd/sessions/${registration.id}`}>{t("logNow")}</Link>
        </p>
      ) : (
        <CheckInForm registrationId={registration.id} />
      )}
    </>
  );
}
