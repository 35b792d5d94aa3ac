import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenForm } from "@/components/forms/token-form";
import { InvalidLink } from "@/components/invalid-link";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { findLiveLink } from "@/lib/auth/email-links";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyEmailAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.verifyEmail");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Opened from the confirmation email: the button confirms (mail scanners open links, and must not confirm for you). */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("account.verifyEmail");
  const link = await findLiveLink(prisma, env().NEXTAUTH_SECRET, "VERIFY_EMAIL", token);
  if (!link || typeof token !== "string") {
    return <InvalidLink heading={t("invalidHeading")} text={t("invalid")} links={[{ href: "/account", label: t("accountLink") }]} />;
  }
  return (
    <>
      <PageHeading title={t("heading")} lead={<p className="[overflow-wrap:anywhere]">{t("intro", { email: link.email })}</p>} />
      <TokenForm action={verifyEmailAction} token={token} submit={t("submit")} done={t("done")} />
      <p>
        <Link href="/account">{t("accountLink")}</Link>
      </p>
    </>
  );
}
