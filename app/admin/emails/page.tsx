import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailProblemsTable } from "@/components/admin/emails/email-problems-table";
import { EmailQueueAttention } from "@/components/admin/emails/email-queue-attention";
import { EmailQueueSummary } from "@/components/admin/emails/email-queue-summary";
import { SuccessNotice } from "@/components/forms/success-notice";
import { PageHeading } from "@/components/page-heading";
import { emailQueueOverview, type EmailQueueOverview } from "@/lib/admin/emails/email-queue-overview";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.emails"))("metaTitle") };
}

export default async function EmailsPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/emails");
  const t = await getTranslations("admin.emails");
  const now = new Date();
  const overview = await emailQueueOverview(prisma, organiser, now);
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <SuccessNotice message={doneMessage(t, overview, await searchParams)} />
      <EmailQueueAttention overview={overview} />
      <EmailQueueSummary overview={overview} now={now} />
      <EmailProblemsTable problems={overview.problems} total={overview.retrying + overview.failed} now={now} />
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"admin.emails">>>;

/** The confirmation after "Try again" (the action redirects here with the email's id, never a name). */
function doneMessage(t: Translate, overview: EmailQueueOverview, query: Record<string, string | string[] | undefined>): string | undefined {
  if (query.done !== "retried") return undefined;
  // Already sent by the time the page is shown, it is no longer listed: say so without a name.
  const problem = overview.problems.find((row) => row.id === query.email);
  return problem ? t("done.retriedNamed", { name: problem.person.name }) : t("done.retried");
}
