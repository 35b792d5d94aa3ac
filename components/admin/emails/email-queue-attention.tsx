import { useTranslations } from "next-intl";
import type { EmailQueueOverview } from "@/lib/admin/emails/email-queue-overview";
import { useWaitingTime } from "./email-queue-summary";

/**
 * What an organiser must act on: failed emails, and emails left waiting (the
 * job worker may have stopped). Each warning starts with words saying what
 * it is, so the colour of the box is never the only sign.
 */
export function EmailQueueAttention({ overview }: { overview: EmailQueueOverview }) {
  const t = useTranslations("admin.emails.attention");
  const age = useWaitingTime();
  if (overview.failed === 0 && !overview.workerMayBeStopped) return null;
  return (
    <section aria-labelledby="attention-heading" className="mb-10 max-w-prose border-l-4 border-danger bg-panel p-4">
      <h2 id="attention-heading" className="mb-3 text-2xl">
        {t("heading")}
      </h2>
      <ul className="space-y-3">
        {overview.workerMayBeStopped ? (
          <li>
            <strong>{t("stalledLabel")}</strong> {t("stalled", { age: age(overview.overdueMs) })}
          </li>
        ) : null}
        {overview.failed > 0 ? (
          <li>
            <strong>{t("failedLabel")}</strong> {t("failed", { count: overview.failed })}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
