import { getLocale, getTranslations } from "next-intl/server";
import { formatMoment } from "@/lib/admin/registrations/format-times";
import type { FeedbackSummary } from "@/lib/feedback/summarise-feedback";
import { dateLocale } from "@/lib/i18n/locales";

/** What people wrote, each answer with the name only where the person agreed; held back below the threshold. */
export async function WrittenAnswers({ summary, timeZone }: { summary: FeedbackSummary; timeZone: string }) {
  const t = await getTranslations("admin.feedback");
  const dates = dateLocale(await getLocale());
  return (
    <section aria-labelledby="written-heading" className="mb-12 max-w-prose">
      <h2 id="written-heading" className="mb-3 text-2xl">
        {t("written")}
      </h2>
      {summary.written === null ? (
        <p className="border-l-4 border-line bg-panel p-3">{t("tooFew", { count: summary.answers })}</p>
      ) : summary.written.length === 0 ? (
        <p>{t("noWritten")}</p>
      ) : (
        <ul className="space-y-6">
          {summary.written.map((answer, index) => (
            <li key={index} className="border-l-4 border-brand pl-3">
              <p className="mb-1 text-sm text-muted">
                {answer.name ?? t("anonymous")} · {formatMoment(answer.createdAt, timeZone, dates)}
              </p>
              {answer.mostUseful ? (
                <p className="mb-1 whitespace-pre-wrap">
                  <strong>{t("mostUseful")}:</strong> {answer.mostUseful}
                </p>
              ) : null}
              {answer.couldBeBetter ? (
                <p className="whitespace-pre-wrap">
                  <strong>{t("couldBeBetter")}:</strong> {answer.couldBeBetter}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
