import { getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";

// A wrong or malformed code gets the same plain answer (HTTP 404), whatever was typed.
export default async function CertificateNotFound() {
  const t = await getTranslations("certificates.verify");
  return (
    <>
      <PageHeading title={t("notFoundHeading")} lead={<p>{t("notFoundLead")}</p>} />
      <p>
        <Link href="/certificates/verify">{t("checkAnother")}</Link>
      </p>
    </>
  );
}
