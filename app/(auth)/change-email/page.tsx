import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenForm } from "@/components/forms/token-form";
import { InvalidLink } from "@/components/invalid-link";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { findLiveLink } from "@/lib/auth/email-links";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { confirmEmailChangeAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.changeEmail");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Opened from the link sent to a new address: the button moves the account to it (mail scanners open links, and must not). */
export default async function ChangeEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("account.changeEmail");
  const link = await findLiveLink(prisma, env().NEXTAUTH_SECRET, "CHANGE_EMAIL", token);
  if (!link || typeof token !== "string") {
    return <InvalidLink heading={t("invalidHeading")} text={t("invalid")} links={[{ href: "/account/details", label: t("detailsLink") }]} />;
  }
  return (
    <>
      <PageHeading title={t("heading")} lead={<p className="[overflow-wrap:anywhere]">{t("intro", { email: link.email })}</p>} />
      <TokenForm action={confirmEmailChangeAction} token={token} submit={t("submit")} done={t("done")} />
      <p>
        <Link href="/account/details">{t("detailsLink")}</Link>
      </p>
    </>
  );
}
