import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireOrganiser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.common");
  return { title: { default: t("title"), template: `%s | ${t("title")}` }, robots: { index: false, follow: false } };
}

// Layouts are not a security boundary (each page, action and route handler
// checks the organiser role itself); this one only spares non-organisers the
// admin navigation.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireOrganiser();
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        error: messages.error,
        account: messages.account,
        registration: messages.registration,
        admin: messages.admin,
        formats: messages.formats,
        audiences: messages.audiences,
        parts: messages.parts,
        deliveryLanguages: messages.deliveryLanguages,
        accessProvisions: messages.accessProvisions,
        observations: messages.observations,
      }}
    >
      <AdminNav />
      {children}
    </NextIntlClientProvider>
  );
}
