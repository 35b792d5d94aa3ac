import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The account pages' forms (details, CPD record, check-in, renewal) format their own messages. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        account: messages.account,
        registration: messages.registration,
        cpd: messages.cpd,
        observations: messages.observations,
        feedback: messages.feedback,
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
