import { getLocale, getTranslations } from "next-intl/server";
import { deleteLearningDiscussionAction } from "@/app/account/cpd/actions";
import { LearningDiscussionForm, RenewalDateForm } from "@/components/cpd/renewal-forms";
import { PlainLink } from "@/components/locale-anchor";
import type { LearningDiscussionItem } from "@/lib/cpd/list-learning-discussions";
import { SCW_REGISTRATION_YEARS, SWE_ENTRIES_REQUIRED, SWE_PEER_ENTRIES_REQUIRED, type RenewalReadiness } from "@/lib/cpd/renewal-readiness";
import { addYearsToDay } from "@/lib/dates/day-arithmetic";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDayHeading } from "@/lib/programme/event-time";

/** Social Care Wales's own page on CPD since April 2025 (read 2026-12-06; see lib/cpd/renewal-readiness.ts). */
const SCW_CPD_GUIDANCE_URL = "https://socialcare.wales/registration/continuing-professional-development-cpd";

type Props = {
  readiness: RenewalReadiness;
  /** The discussions with a manager or supervisor recorded in the period, newest first. */
  discussions: LearningDiscussionItem[];
  /** The person's calendar day (Europe/London). */
  today: string;
};

/**
 * Where the person stands for their regulator's renewal, in words (never by
 * colour alone): the rule their regulator has now, their renewal date, the
 * period counted, their discussions of learning with a manager, and the
 * record laid out for a sample check.
 */
export async function RenewalReadinessPanel({ readiness, discussions, today }: Props) {
  const t = await getTranslations("cpd");
  const dates = dateLocale(await getLocale());
  const day = (value: string) => formatDayHeading(value, dates);
  const period = t("readiness.period", { start: day(readiness.periodStart), end: day(readiness.periodEnd) });
  const wales = readiness.kind === "SOCIAL_CARE_WALES";
  return (
    <section aria-labelledby="readiness-heading" className="mb-10 border-l-4 border-brand bg-panel p-4">
      <h2 id="readiness-heading" className="mb-2 text-2xl">
        {t("readiness.heading")}
      </h2>
      {readiness.kind === "SOCIAL_WORK_ENGLAND" ? (
        <>
          <p className="mb-2">{t("readiness.sweIntro", { required: SWE_ENTRIES_REQUIRED, peer: SWE_PEER_ENTRIES_REQUIRED })}</p>
          <p className="mb-2">{period}</p>
          <ul className="mb-2 list-disc pl-6">
            <li>{t("readiness.sweEntries", { entries: readiness.entries, required: SWE_ENTRIES_REQUIRED })}</li>
            <li>{t("readiness.swePeer", { peer: readiness.peerEntries })}</li>
            <li>{t("readiness.daysLeft", { days: readiness.daysLeft })}</li>
          </ul>
          <p className="font-bold">{readiness.ready ? t("readiness.sweReady") : t("readiness.sweNotReady")}</p>
        </>
      ) : readiness.kind === "SOCIAL_CARE_WALES" ? (
        <>
          <p className="mb-2">{t("readiness.scwIntro")}</p>
          <p className="mb-4">
            {t("readiness.scwRecord")}{" "}
            <a href={SCW_CPD_GUIDANCE_URL} hrefLang="en" rel="noopener noreferrer" className="underline">
              {t("readiness.scwSource")}
            </a>
          </p>
          {readiness.renewal.recorded ? (
            <>
              {readiness.renewal.rolledForward ? (
                <p className="mb-2 border-l-4 border-warning pl-3 font-bold">
                  {t("readiness.scwRolledForward", { recorded: day(readiness.renewal.recordedDate), date: day(readiness.renewal.renewalDate) })}
                </p>
              ) : null}
              <p className="mb-2 font-bold">
                {t("readiness.scwRenewalDate", { date: day(readiness.renewal.renewalDate) })} {t("readiness.scwDaysLeft", { days: readiness.renewal.daysLeft })}
              </p>
              <p className="mb-2">
                {t("readiness.scwApplication", { opens: day(readiness.renewal.applicationOpens), completeBy: day(readiness.renewal.completeBy) })}
              </p>
            </>
          ) : (
            <p className="mb-2 border-l-4 border-warning pl-3 font-bold">{t("readiness.scwNoRenewalDate")}</p>
          )}
          <p className="mb-2">{period}</p>
          <p className="mb-2">{t("readiness.scwEntries", { entries: readiness.entries, hours: readiness.hours })}</p>
          {readiness.entries === 0 ? <p className="mb-2">{t("readiness.scwNoEntries")}</p> : null}
          <RenewalDateForm
            recorded={readiness.renewal.recorded ? readiness.renewal.renewalDate : null}
            earliest={today}
            latest={addYearsToDay(today, SCW_REGISTRATION_YEARS)}
          />
        </>
      ) : (
        <>
          <p className="mb-2">{t("readiness.otherIntro")}</p>
          <p className="font-bold">{t("readiness.otherEntries", { entries: readiness.entries, hours: readiness.hours })}</p>
          <p>{period}</p>
        </>
      )}

      <section aria-labelledby="discussion-heading" className="mt-6 border-t border-line pt-4">
        <h3 id="discussion-heading" className="mb-2 text-xl">
          {t("discussion.heading")}
        </h3>
        <p className="mb-2">{wales ? t("discussion.scwIntro") : t("discussion.otherIntro")}</p>
        <p className="mb-2 font-bold">
          {readiness.discussion.lastOn ? t("discussion.last", { date: day(readiness.discussion.lastOn) }) : t("discussion.none")}
        </p>
        {readiness.discussion.remind ? <p className="mb-2 border-l-4 border-warning pl-3">{t("discussion.remind")}</p> : null}
        {discussions.length > 0 ? (
          <>
            <h4 className="mt-4 mb-1 text-lg">{t("discussion.listHeading")}</h4>
            <ul className="space-y-2">
              {discussions.map((discussion) => (
                <li key={discussion.id} className="flex flex-wrap items-baseline gap-x-4">
                  <span>
                    <span className="font-bold">{day(discussion.discussedOn)}</span>
                    {discussion.note ? `: ${discussion.note}` : null}
                  </span>
                  <form action={deleteLearningDiscussionAction}>
                    <input type="hidden" name="discussionId" value={discussion.id} />
                    <button type="submit" className="underline" aria-label={t("discussion.removeNamed", { date: day(discussion.discussedOn) })}>
                      {t("discussion.remove")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <LearningDiscussionForm today={today} />
      </section>

      <section aria-labelledby="sample-check-heading" className="mt-6 border-t border-line pt-4">
        <h3 id="sample-check-heading" className="mb-2 text-xl">
          {wales ? t("sampleCheck.scwHeading") : t("sampleCheck.otherHeading")}
        </h3>
        <p className="mb-2">{wales ? t("sampleCheck.scwIntro") : t("sampleCheck.otherIntro")}</p>
        <ul className="space-y-1">
          <li>
            <PlainLink href="/account/cpd/sample-check.pdf" download>
              {t("sampleCheck.pdf")}
            </PlainLink>
          </li>
          <li>
            <PlainLink href="/account/cpd/sample-check.txt" download>
              {t("sampleCheck.text")}
            </PlainLink>
          </li>
        </ul>
      </section>
    </section>
  );
}
