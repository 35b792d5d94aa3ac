import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The sign-in, sign-up and link pages' forms format their own messages (field errors, hints): the account catalogue only. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ account: messages.account }}>{children}</NextIntlClientProvider>;
}
