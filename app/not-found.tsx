import { getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("notFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <PageHeading title={t("heading")} />
      <div className="max-w-prose space-y-4 text-lg">
        <p>{t("body")}</p>
        <p>{t("sessionHint")}</p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <Link href="/programme">{t("programmeLink")}</Link>
          </li>
          <li>
            <Link href="/">{t("homeLink")}</Link>
          </li>
        </ul>
      </div>
    </>
  );
}
