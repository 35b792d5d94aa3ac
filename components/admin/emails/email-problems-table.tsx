import { useTranslations } from "next-intl";
import { ContentText } from "@/components/content-text";
import { Link } from "@/components/locale-link";
import { TableRegion } from "@/components/table-region";
import type { EmailProblem } from "@/lib/admin/emails/email-queue-overview";
import { EmailTime } from "./email-time";
import { RetryEmailButton, RetryEmailForms } from "./retry-email-forms";

/** The failed and retrying emails, most recently tried first, each failed one with "Try again". */
export function EmailProblemsTable({ problems, total, now }: { problems: EmailProblem[]; total: number; now: Date }) {
  const t = useTranslations("admin.emails");
  return (
    <section aria-labelledby="problems-heading" className="mb-10">
      <h2 id="problems-heading" className="mb-3 text-2xl">
        {t("list.heading")}
      </h2>
      {/* Around the empty state too: a refused "Try again" whose email has just been sent still says why. */}
      <RetryEmailForms>
        {problems.length === 0 ? (
          <p>{t("list.empty")}</p>
        ) : (
          <>
            {total > problems.length ? <p className="mb-3">{t("list.limited", { shown: problems.length, total })}</p> : null}
            <TableRegion label={t("list.region")}>
              <table className="data-table">
                <caption className="sr-only">{t("list.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("list.columns.person")}</th>
                    <th scope="col">{t("list.columns.email")}</th>
                    <th scope="col">{t("list.columns.status")}</th>
                    <th scope="col">{t("list.columns.attempts")}</th>
                    <th scope="col">{t("list.columns.lastError")}</th>
                    <th scope="col">{t("list.columns.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((problem) => (
                    <tr key={problem.id} id={`email-${problem.id}`}>
                      <th scope="row" className="min-w-40">
                        {problem.person.name}
                        <span className="block text-sm font-normal [overflow-wrap:anywhere]">{problem.person.email}</span>
                      </th>
                      <td className="min-w-40">
                        {t(`kinds.${problem.kind}`)}
                        <span className="block text-sm">
                          {t("list.aboutSession")}{" "}
                          <Link href={`/admin/sessions/${encodeURIComponent(problem.session.id)}/registrations`}>
                            <ContentText en={problem.session.title} cy={problem.session.titleCy} />
                          </Link>
                        </span>
                      </td>
                      <td>
                        {/* Words, not only colour: the tag's text says the status. */}
                        <span className={`tag whitespace-nowrap text-white ${problem.status === "FAILED" ? "bg-danger" : "bg-ink"}`}>
                          {t(`list.status.${problem.status}`)}
                        </span>
                      </td>
                      <td className="min-w-48">
                        <Attempts problem={problem} now={now} />
                      </td>
                      <td className="min-w-44 max-w-md">
                        {problem.lastError ? (
                          // Mail servers answer in English, whatever the page's language.
                          <span lang="en" className="font-mono text-sm [overflow-wrap:anywhere]">
                            {problem.lastError}
                          </span>
                        ) : (
                          <span className="text-muted">{t("list.noError")}</span>
                        )}
                      </td>
                      <td className="min-w-36">
                        {problem.canRetry ? (
                          <RetryEmailButton emailId={problem.id} label={t("retry.label", { kind: t(`kinds.${problem.kind}`), name: problem.person.name })} />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </>
        )}
      </RetryEmailForms>
    </section>
  );
}

/** How many attempts, when the last was, and when (or whether) the next will be. */
function Attempts({ problem, now }: { problem: EmailProblem; now: Date }) {
  const t = useTranslations("admin.emails.list");
  return (
    <dl className="text-sm">
      <dt className="sr-only">{t("attemptsMade")}</dt>
      <dd className="text-base">{t("attemptCount", { count: problem.attempts })}</dd>
      <dt className="inline font-bold">{t("lastTried")}</dt>{" "}
      <dd className="inline">
        <EmailTime instant={problem.lastTriedAt} />
      </dd>
      <dt className="mt-1 block font-bold">{t("nextAttempt")}</dt>
      <dd>
        <NextAttempt problem={problem} now={now} />
      </dd>
    </dl>
  );
}

function NextAttempt({ problem, now }: { problem: EmailProblem; now: Date }) {
  const t = useTranslations("admin.emails.list");
  if (problem.sending) return <>{t("sendingNow")}</>;
  if (problem.nextAttemptAt) {
    return problem.nextAttemptAt <= now ? (
      <>
        {t("due")} (<EmailTime instant={problem.nextAttemptAt} />)
      </>
    ) : (
      <EmailTime instant={problem.nextAttemptAt} />
    );
  }
  if (problem.status === "FAILED" && problem.canRetry) return <>{t("noNextAttempt")}</>;
  return <>{t("notInQueue")}</>;
}
