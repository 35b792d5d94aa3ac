import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { MyMessageArticle } from "@/components/messages/my-message";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { listMyMessages } from "@/lib/messages/list-my-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organiserMessages.account"))("title"), robots: { index: false } };
}

/** Every message organisers sent this person, newest first. */
export default async function MyMessagesPage() {
  const user = await requireUser("/account/messages");
  const t = await getTranslations("organiserMessages.account");
  const tAccount = await getTranslations("account.programme");
  const { messages, total } = await listMyMessages(prisma, user.id);
  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("lead")}</p>} />
      <p className="mb-8">
        <Link href="/account">{tAccount("heading")}</Link>
      </p>
      {messages.length === 0 ? <p>{t("none")}</p> : null}
      {total > messages.length ? <p className="mb-4">{t("shown", { shown: messages.length, total })}</p> : null}
      {messages.map((item) => (
        <MyMessageArticle key={item.id} item={item} />
      ))}
    </>
  );
}
