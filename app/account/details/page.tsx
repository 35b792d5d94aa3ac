import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountDetailsForm, ChangePasswordForm } from "@/components/forms/account-details-forms";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { getAccountDetails } from "@/lib/auth/get-account-details";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.details");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AccountDetailsPage() {
  const user = await requireUser("/account/details");
  const t = await getTranslations("account.details");
  const details = await getAccountDetails(user.id);
  return (
    <>
      <PageHeading title={t("heading")} />
      <AccountDetailsForm details={details} />
      <section aria-labelledby="password-heading" className="mt-12 border-t-4 border-brand pt-6">
        <h2 id="password-heading" className="mb-4 text-2xl">
          {t("passwordHeading")}
        </h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
