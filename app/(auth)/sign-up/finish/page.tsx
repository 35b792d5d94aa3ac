import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewAccountForm } from "@/components/forms/new-account-form";
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
      <>
        <PageHeading title={t("invalidHeading")} lead={<p>{t("invalid")}</p>} />
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <Link href="/sign-up">{t("invalidAgain")}</Link>
          </li>
          <li>
            <Link href="/sign-in">{t("invalidSignIn")}</Link>
          </li>
        </ul>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t("heading")} lead={<p className="[overflow-wrap:anywhere]">{t("intro", { email: link.email })}</p>} />
      <NewAccountForm action={finishSignUpAction} token={token} submit={t("submit")} />
    </>
  );
}
