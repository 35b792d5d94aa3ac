import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { ProseSections, type ProseSection } from "@/components/privacy/prose-sections";
import { prisma } from "@/lib/db";
import { siteOrganiserName } from "@/lib/privacy/site-organiser-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.accessibility");
  return { title: t("metaTitle"), description: t("lead") };
}

/** The accessibility statement, in the GOV.UK model for public sector bodies. */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("privacy.accessibility");
  const organiser = (await siteOrganiserName(prisma)) ?? (await getTranslations("privacy.notice"))("theOrganisers");
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("lead")}</p>} />
      <ProseSections sections={t.raw("sections") as ProseSection[]} organiser={organiser} />
    </>
  );
}
