import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountDetailsForm, ChangeEmailForm, ChangePasswordForm } from "@/components/forms/account-details-forms";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { pendingEmailChange } from "@/lib/auth/change-email";
import { requireUser } from "@/lib/auth/current-user";
import { getAccountAddress, getAccountDetails } from "@/lib/auth/get-account-details";
import { prisma } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.details");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AccountDetailsPage() {
  const user = await requireUser("/account/details");
  const t = await getTranslations("account.details");
  const [details, address, pending] = await Promise.all([
    getAccountDetails(prisma, user.id),
    getAccountAddress(prisma, user.id),
    pendingEmailChange(prisma, user.id),
  ]);
  return (
    <>
      <PageHeading title={t("heading")} />
      <AccountDetailsForm details={details} />
      <section aria-labelledby="email-heading" className="mt-12 border-t-4 border-brand pt-6">
        <h2 id="email-heading" className="mb-4 text-2xl">
          {t("emailHeading")}
        </h2>
        <p className="mb-2 [overflow-wrap:anywhere]">
          {t("emailNow", { email: address.email })} <strong>{address.verified ? t("emailVerified") : t("emailNotVerified")}</strong>
        </p>
        {!address.verified ? (
          <p className="mb-2">
            <Link href="/account#verify-heading">{t("emailVerifyLink")}</Link>
          </p>
        ) : null}
        {pending ? <p className="mb-2 font-bold [overflow-wrap:anywhere]">{t("emailChangePending", { email: pending })}</p> : null}
        <p className="mb-4 max-w-prose">{t("emailChangeIntro")}</p>
        <ChangeEmailForm />
      </section>
      <section aria-labelledby="password-heading" className="mt-12 border-t-4 border-brand pt-6">
        <h2 id="password-heading" className="mb-4 text-2xl">
          {t("passwordHeading")}
        </h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
