import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmailLinkRequestForm } from "@/components/forms/email-link-request-form";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { localePath } from "@/lib/i18n/locale-path";
import { requestSignUpAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signUp");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(await localePath(callbackUrl));
  const t = await getTranslations("account.signUp");
  const here = `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <EmailLinkRequestForm
        action={requestSignUpAction}
        callbackUrl={callbackUrl}
        againHref={here}
        labels={{
          email: t("email"),
          emailHint: t("emailHint"),
          submit: t("submit"),
          sentHeading: t("sentHeading"),
          sent: t("sent", { email: "{email}" }),
          sentMore: [t("sentAlready"), t("sentNotArrived")],
          askAgain: t("askAgain"),
        }}
      />
      <p className="mt-8">
        {t("haveAccount")} <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("signIn")}</Link>
      </p>
    </>
  );
}
