import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { ProseSections, type ProseSection } from "@/components/privacy/prose-sections";
import { prisma } from "@/lib/db";
import { siteOrganiserName } from "@/lib/privacy/site-organiser-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.notice");
  return { title: t("metaTitle"), description: t("lead") };
}

export default async function PrivacyNoticePage() {
  const t = await getTranslations("privacy.notice");
  const organiser = (await siteOrganiserName(prisma)) ?? t("theOrganisers");
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("lead")}</p>} />
      <div className="max-w-prose space-y-4">
        <p>{t("controller", { organiser })}</p>
        <p className="text-muted">{t("updated")}</p>
      </div>
      <ProseSections sections={t.raw("sections") as ProseSection[]} organiser={organiser} />
    </>
  );
}
