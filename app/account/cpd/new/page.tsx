import type { Metadata } from "next";
import { Link } from "@/components/locale-link";
import { getTranslations } from "next-intl/server";
import { CpdEntryForm } from "@/components/cpd/cpd-entry-form";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { otherActivityTypes } from "@/lib/cpd/cpd-entry-schema";
import { getCpdProfile } from "@/lib/cpd/get-cpd-profile";
import { todayInLondon } from "@/lib/cpd/save-other-cpd";
import { prisma } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.form");
  return { title: t("newMetaTitle"), robots: { index: false } };
}

export default async function NewCpdEntryPage() {
  const user = await requireUser("/account/cpd/new");
  const t = await getTranslations("cpd");
  const profile = await getCpdProfile(prisma, user);
  return (
    <>
      <PageHeading title={t("form.newHeading")} />
      <CpdEntryForm kind="other" activityTypes={otherActivityTypes} today={todayInLondon()} standards={profile.standards} initial={{}} />
      <p className="mt-8">
        <Link href="/account/cpd">{t("record.back")}</Link>
      </p>
    </>
  );
}
