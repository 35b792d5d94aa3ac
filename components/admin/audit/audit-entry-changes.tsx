import { useTranslations } from "next-intl";
import { diffRecords, fieldLabel, formatAuditValue, recordFields } from "@/lib/admin/audit/audit-diff";

function Value({ value, words }: { value: unknown; words: { empty: string; yes: string; no: string } }) {
  return <span className="break-words whitespace-pre-wrap">{formatAuditValue(value, words)}</span>;
}

function FullRecord({ title, record, words }: { title: string; record: unknown; words: { empty: string; yes: string; no: string } }) {
  const t = useTranslations("admin.audit");
  const fields = recordFields(record);
  return (
    <div className="mb-3">
      <h4 className="font-bold">{title}</h4>
      {fields.length === 0 ? (
        <p>{t("noRecord")}</p>
      ) : (
        <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[minmax(6rem,12rem)_1fr]">
          {fields.map(({ field, value }) => (
            <div key={field} className="contents">
              {/* Field names are the record's own, in English, on either language's page. */}
              <dt className="font-bold" lang="en">
                {fieldLabel(field)}
              </dt>
              <dd className="mb-1">
                <Value value={value} words={words} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** Before and after of one change: the changed fields, and the whole record on request. */
export function AuditEntryChanges({ summary, before, after }: { summary: string; before: unknown; after: unknown }) {
  const t = useTranslations("admin.audit");
  const words = { empty: t("empty"), yes: t("yes"), no: t("no") };
  const changes = diffRecords(before, after);
  return (
    <details>
      <summary className="inline-block cursor-pointer py-1 font-bold text-link underline">
        {t("showChanges", { count: changes.length })}
        {/* The summary is written in English when the change is made (shown marked as such on Welsh pages). */}
        <span className="sr-only"> {t.rich("showChangesFor", { summary, entry: (chunks) => <span lang="en">{chunks}</span> })}</span>
      </summary>
      <div className="mt-2 min-w-64 border-l-4 border-line pl-3">
        {changes.length > 0 ? (
          <ul className="mb-3 space-y-2">
            {changes.map((change) => (
              <li key={change.field}>
                <span className="font-bold" lang="en">
                  {fieldLabel(change.field)}
                </span>
                <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                  <dt className="text-muted">{t("before")}</dt>
                  <dd>
                    <Value value={change.before} words={words} />
                  </dd>
                  <dt className="text-muted">{t("after")}</dt>
                  <dd>
                    <Value value={change.after} words={words} />
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        ) : null}
        <details>
          <summary className="inline-block cursor-pointer py-1 font-bold text-link underline">{t("showFull")}</summary>
          <div className="mt-2">
            <FullRecord title={t("fullBefore")} record={before} words={words} />
            <FullRecord title={t("fullAfter")} record={after} words={words} />
          </div>
        </details>
      </div>
    </details>
  );
}
