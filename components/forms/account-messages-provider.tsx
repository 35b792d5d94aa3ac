import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * For the pages whose forms format their own messages (making an account,
 * a new password): the account catalogue only. Given by those pages, not by
 * a layout, so that sign-in and sign-up load no message formatter.
 */
export async function AccountMessagesProvider({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ account: messages.account }}>{children}</NextIntlClientProvider>;
}
