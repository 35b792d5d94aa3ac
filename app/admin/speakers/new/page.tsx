import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { requireOrganiser } from "@/lib/auth/current-user";
import { SpeakerForm } from "../speaker-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.speakers.new");
  return { title: t("metaTitle") };
}

export default async function NewSpeakerPage() {
  await requireOrganiser("/admin/speakers/new");
  const t = await getTranslations("admin.speakers.new");
  return (
    <>
      <PageHeading title={t("heading")} />
      <SpeakerForm initial={{ name: "", slug: "", role: "", roleCy: "", organisation: "", organisationCy: "", bio: "", bioCy: "" }} />
    </>
  );
}
