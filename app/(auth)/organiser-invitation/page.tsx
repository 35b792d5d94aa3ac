import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountMessagesProvider } from "@/components/forms/account-messages-provider";
import { NewAccountForm } from "@/components/forms/new-account-form";
import { TokenForm } from "@/components/forms/token-form";
import { InvalidLink } from "@/components/invalid-link";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { findOrganiserInvitation } from "@/lib/admin/organisers/accept-organiser-invitation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { signOutAction } from "../actions";
import { acceptInvitationAction, acceptWithNewAccountAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.organisers.accept");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Opened from an organiser invitation email. Opening it changes nothing: the
 * person accepts as the account with the invited address (signed in to it, or
 * creating it here), never as whoever happens to be signed in.
 */
export default async function OrganiserInvitationPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("admin.organisers.accept");
  const invitation = await findOrganiserInvitation(prisma, token, env().NEXTAUTH_SECRET);
  if (!invitation || typeof token !== "string") return <InvalidLink heading={t("invalidHeading")} text={t("invalid")} links={[]} />;

  const user = await getCurrentUser();
  const here = `/organiser-invitation?token=${encodeURIComponent(token)}`;
  const lead = <p className="[overflow-wrap:anywhere]">{t("intro", { invitedBy: invitation.invitedBy ?? t("unknownInviter"), email: invitation.email })}</p>;

  if (user && user.email.toLowerCase() === invitation.email) {
    return (
      <>
        <PageHeading title={t("heading")} lead={lead} />
        <p className="mb-4 [overflow-wrap:anywhere]">{t("signedInAs", { email: user.email })}</p>
        <TokenForm action={acceptInvitationAction} token={token} submit={t("acceptSubmit")} />
      </>
    );
  }
  if (user) {
    return (
      <>
        <PageHeading title={t("heading")} lead={lead} />
        <p className="mb-4 [overflow-wrap:anywhere]">{t("wrongAccount", { email: invitation.email, signedInAs: user.email })}</p>
        <form action={signOutAction}>
          <button type="submit" className="button button-secondary">
            {t("signOut")}
          </button>
        </form>
      </>
    );
  }
  if (invitation.accountExists) {
    return (
      <>
        <PageHeading title={t("heading")} lead={lead} />
        <p className="mb-4 [overflow-wrap:anywhere]">{t("haveAccount", { email: invitation.email })}</p>
        <p className="mb-2">
          <Link className="button" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
            {t("signIn", { email: invitation.email })}
          </Link>
        </p>
        <p>
          <Link href="/forgotten-password">{t("forgotten")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t("heading")} lead={lead} />
      <p className="mb-6 max-w-prose [overflow-wrap:anywhere]">{t("newAccount", { email: invitation.email })}</p>
      <AccountMessagesProvider>
        <NewAccountForm action={acceptWithNewAccountAction} token={token} submit={t("newAccountSubmit")} />
      </AccountMessagesProvider>
    </>
  );
}
