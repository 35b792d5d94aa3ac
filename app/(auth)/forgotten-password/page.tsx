import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailLinkRequestForm } from "@/components/forms/email-link-request-form";
import { PageHeading } from "@/components/page-heading";
import { requestPasswordResetAction } from "../reset-password/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.forgottenPassword");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ForgottenPasswordPage() {
  const t = await getTranslations("account.forgottenPassword");
  const tSignUp = await getTranslations("account.signUp");
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <EmailLinkRequestForm
        action={requestPasswordResetAction}
        againHref="/forgotten-password"
        labels={{
          email: t("email"),
          submit: t("submit"),
          sentHeading: t("sentHeading"),
          sent: t("sent", { email: "{email}" }),
          sentMore: [t("sentNotArrived")],
          askAgain: tSignUp("askAgain"),
        }}
      />
    </>
  );
}
