import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.deleted");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Shown after the account has gone, to someone who is no longer signed in: it says nothing about any account. */
export default async function AccountDeletedPage() {
  const t = await getTranslations("privacy.deleted");
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("lead")}</p>} />
      <div className="max-w-prose space-y-4">
        <p>{t("places")}</p>
        <p>{t("certificates")}</p>
        <p>{t("again")}</p>
        <p>
          <Link href="/">{t("home")}</Link>
        </p>
      </div>
    </>
  );
}
