import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountMessagesProvider } from "@/components/forms/account-messages-provider";
import { NewAccountForm } from "@/components/forms/new-account-form";
import { InvalidLink } from "@/components/invalid-link";
import { PageHeading } from "@/components/page-heading";
import { findLiveLink } from "@/lib/auth/email-links";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { finishSignUpAction } from "../actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.finishSignUp");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Opened from the sign-up email: opening it changes nothing; the form makes the account. */
export default async function FinishSignUpPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("account.finishSignUp");
  const link = await findLiveLink(prisma, env().NEXTAUTH_SECRET, "SIGN_UP", token);
  if (!link || typeof token !== "string") {
    return (
      <InvalidLink
        heading={t("invalidHeading")}
        text={t("invalid")}
        links={[
          { href: "/sign-up", label: t("invalidAgain") },
          { href: "/sign-in", label: t("invalidSignIn") },
        ]}
      />
    );
  }
  return (
    <>
      <PageHeading title={t("heading")} lead={<p className="[overflow-wrap:anywhere]">{t("intro", { email: link.email })}</p>} />
      <AccountMessagesProvider>
        <NewAccountForm action={finishSignUpAction} token={token} submit={t("submit")} />
      </AccountMessagesProvider>
    </>
  );
}
