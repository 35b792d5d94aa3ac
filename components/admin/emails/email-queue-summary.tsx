import { useTranslations } from "next-intl";
import type { EmailQueueOverview } from "@/lib/admin/emails/email-queue-overview";
import { waitingTime } from "@/lib/admin/emails/waiting-time";

/** "3 emails waiting to be sent; the oldest has waited 2 minutes", and the other counts, in words. */
export function EmailQueueSummary({ overview, now }: { overview: EmailQueueOverview; now: Date }) {
  const t = useTranslations("admin.emails");
  const age = useWaitingTime();
  const { waiting } = overview;
  const waitingLine =
    waiting.count > 0 && waiting.oldestDueAt
      ? t("summary.waitingFor", { count: waiting.count, age: age(now.getTime() - waiting.oldestDueAt.getTime()) })
      : t("summary.waiting", { count: waiting.count });
  return (
    <section aria-labelledby="queue-heading" className="mb-10">
      <h2 id="queue-heading" className="mb-3 text-2xl">
        {t("summary.heading")}
      </h2>
      <ul className="max-w-prose list-disc space-y-1 pl-6 text-lg">
        <li>{waitingLine}</li>
        <li>{t("summary.retrying", { count: overview.retrying })}</li>
        <li>{t("summary.failed", { count: overview.failed })}</li>
        <li>{t("summary.sent", { count: overview.sentLastWeek })}</li>
      </ul>
    </section>
  );
}

/** A wait in words in the page's language: "2 minutes", "2 funud". */
export function useWaitingTime() {
  const t = useTranslations("admin.emails.age");
  return (ms: number) => {
    const wait = waitingTime(ms);
    return wait.unit === "seconds" ? t("seconds") : t(wait.unit, { count: wait.count });
  };
}
