import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/forms/sign-in-form";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { localePath } from "@/lib/i18n/locale-path";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signIn");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: Props) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(await localePath(callbackUrl));
  const t = await getTranslations("account.signIn");
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <SignInForm callbackUrl={callbackUrl} labels={{ email: t("email"), password: t("password"), submit: t("submit") }} />
      <p className="mt-4">
        <Link href="/forgotten-password">{t("forgotten")}</Link>
      </p>
      <p className="mt-8">
        {t("noAccount")} <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("createAccount")}</Link>
      </p>
    </>
  );
}
