import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { SignUpForm } from "@/components/forms/sign-up-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/safe-return-path";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signUp");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("account.signUp");
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="mt-8">
        {t("haveAccount")} <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("signIn")}</Link>
      </p>
    </>
  );
}
