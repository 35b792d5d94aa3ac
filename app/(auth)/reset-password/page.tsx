import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountMessagesProvider } from "@/components/forms/account-messages-provider";
import { ResetPasswordForm } from "@/components/forms/reset-password-form";
import { InvalidLink } from "@/components/invalid-link";
import { PageHeading } from "@/components/page-heading";
import { findLiveLink } from "@/lib/auth/email-links";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.resetPassword");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Opened from the password email: opening it changes nothing; the form sets the password. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("account.resetPassword");
  const link = await findLiveLink(prisma, env().NEXTAUTH_SECRET, "RESET_PASSWORD", token);
  if (!link || typeof token !== "string") {
    return <InvalidLink heading={t("invalidHeading")} text={t("invalid")} links={[{ href: "/forgotten-password", label: t("invalidAgain") }]} />;
  }
  return (
    <>
      <PageHeading title={t("heading")} lead={<p className="[overflow-wrap:anywhere]">{t("intro", { email: link.email })}</p>} />
      <AccountMessagesProvider>
        <ResetPasswordForm token={token} email={link.email} />
      </AccountMessagesProvider>
    </>
  );
}
