import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VerifyCodeForm } from "@/components/certificates/verify-code-form";
import { PageHeading } from "@/components/page-heading";
import { normaliseCertificateCode } from "@/lib/certificates/certificate-code";
import { localePath } from "@/lib/i18n/locale-path";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

// Public: anyone holding a certificate (an employer, a regulator) can check it.
export default async function VerifyCertificateFormPage({ searchParams }: Props) {
  const t = await getTranslations("certificates.verify");
  const typed = (await searchParams).code;
  const input = typeof typed === "string" ? typed : "";
  const code = input ? normaliseCertificateCode(input) : null;
  if (code) redirect(await localePath(`/certificates/verify/${code}`));
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <VerifyCodeForm defaultValue={input} invalid={input.trim() !== ""} />
    </>
  );
}
