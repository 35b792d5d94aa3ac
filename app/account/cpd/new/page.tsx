import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CpdEntryForm } from "@/components/cpd/cpd-entry-form";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { otherActivityTypes } from "@/lib/cpd/cpd-entry-schema";
import { getCpdProfile } from "@/lib/cpd/get-cpd-profile";
import { todayInLondon } from "@/lib/cpd/save-other-cpd";
import { prisma } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getObservationForCpd } from "@/lib/observations/get-observation-for-cpd";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.form");
  return { title: t("newMetaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewCpdEntryPage({ searchParams }: Props) {
  const user = await requireUser("/account/cpd/new");
  const t = await getTranslations("cpd");
  const profile = await getCpdProfile(prisma, user);
  // Logged from a practice observation (/account/cpd lists those not yet logged): its title, day and hours filled in.
  const observation = await getObservationForCpd(prisma, user.id, (await searchParams).observation, await pageLocale());
  const initial: Record<string, string> = observation
    ? {
        title: t("record.observationTitle", { team: observation.team }),
        activityType: "PEER_LEARNING",
        activityDate: observation.activityDate,
        hours: observation.hours,
      }
    : {};
  return (
    <>
      <PageHeading title={t("form.newHeading")} lead={observation ? <p>{t("form.fromObservation")}</p> : undefined} />
      <CpdEntryForm
        kind="other"
        observationBookingId={observation?.id}
        activityTypes={otherActivityTypes}
        today={todayInLondon()}
        standards={profile.standards}
        initial={initial}
      />
      <p className="mt-8">
        <Link href="/account/cpd">{t("record.back")}</Link>
      </p>
    </>
  );
}
