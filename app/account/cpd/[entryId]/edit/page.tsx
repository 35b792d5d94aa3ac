import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CpdEntryForm } from "@/components/cpd/cpd-entry-form";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { otherActivityTypes } from "@/lib/cpd/cpd-entry-schema";
import { getCpdProfile } from "@/lib/cpd/get-cpd-profile";
import { getOtherCpdEntry } from "@/lib/cpd/get-other-cpd-entry";
import { formatHours } from "@/lib/cpd/hours-bounds";
import { todayInLondon } from "@/lib/cpd/save-other-cpd";
import { prisma } from "@/lib/db";

type Props = { params: Promise<{ entryId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.form");
  return { title: t("editMetaTitle"), robots: { index: false } };
}

export default async function EditCpdEntryPage({ params }: Props) {
  const { entryId } = await params;
  const user = await requireUser(`/account/cpd/${entryId}/edit`);
  const t = await getTranslations("cpd");
  const [entry, profile] = await Promise.all([getOtherCpdEntry(prisma, user, entryId), getCpdProfile(prisma, user)]);
  if (!entry) notFound();
  const initial = {
    title: entry.title,
    activityType: entry.activityType,
    activityDate: entry.activityDate,
    hours: formatHours(entry.hours),
    learning: entry.learning,
    impact: entry.impact,
    peerNotes: entry.peerNotes ?? "",
    peerReflection: entry.peerReflection ? "on" : "",
    standards: entry.standards.join(" "),
  };
  return (
    <>
      <PageHeading title={t("form.editHeading")} caption={entry.title} />
      <CpdEntryForm
        kind="other"
        entryId={entry.id}
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
