"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAttendanceAction } from "@/app/admin/sessions/[sessionId]/attendance/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TableRegion } from "@/components/table-region";
import { idleFormState } from "@/lib/forms/form-state";
import { AttendanceLabel } from "./attendance-label";

type Person = { id: string; attendance: "ATTENDED" | "ABSENT" | "UNMARKED"; name: string; detail: string };

type Props = {
  sessionId: string;
  /** The name filter in force, sent back so the page reopens with it. */
  q: string;
  people: Person[];
  /** The registration marked one by one just now, if any: its row says so. */
  justMarked?: string;
};

/**
 * The register as one plain form (no JavaScript needed): each button says what
 * it does through name="intent", the ticked boxes say for whom. Every control
 * is at least 44 pixels high for fingers on a tablet at the door.
 */
export function AttendanceRegisterForm({ sessionId, q, people, justMarked }: Props) {
  const t = useTranslations("admin.registrations.register");
  const [state, action, pending] = useActionState(markAttendanceAction, idleFormState);
  const selectionError = state.fieldErrors?.registrationIds;
  return (
    <form action={action} aria-busy={pending}>
      <ErrorSummary errors={state.fieldErrors} message={state.status === "error" ? state.message : undefined} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="q" value={q} />

      <section aria-labelledby="bulk-heading" className="mb-6 bg-panel p-4">
        <h2 id="bulk-heading" className="mb-2 text-xl">
          {t("bulkHeading")}
        </h2>
        <p id="bulk-hint" className="mb-3">
          {t("bulkHint")}
        </p>
        <div className="mb-4 flex flex-wrap gap-3">
          <button type="submit" name="intent" value="selected:ATTENDED" className="button" disabled={pending}>
            {t("markSelectedAttended")}
          </button>
          <button type="submit" name="intent" value="selected:ABSENT" className="button button-secondary" disabled={pending}>
            {t("markSelectedAbsent")}
          </button>
        </div>
        <button type="submit" name="intent" value="unmarked:ABSENT" className="button button-secondary" aria-describedby="rest-hint" disabled={pending}>
          {t("markRestAbsent")}
        </button>
        <p id="rest-hint" className="mt-1 text-sm">
          {t("markRestAbsentHint")}
        </p>
      </section>

      {selectionError ? (
        <p id="registrationIds-error" className="mb-2 border-l-4 border-danger pl-3 font-bold text-danger">
          {selectionError}
        </p>
      ) : null}
      <TableRegion
        id="registrationIds"
        className={selectionError ? "border-l-4 border-danger pl-3" : undefined}
        label={t("tableRegion")}
        aria-describedby={selectionError ? "registrationIds-error" : undefined}
      >
        <table className="data-table">
          <caption className="mb-2 text-left text-xl font-bold">{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("select")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("mark")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} id={`row-${person.id}`} className={person.id === justMarked ? "bg-panel" : undefined}>
                <th scope="row" className="font-normal">
                  <label htmlFor={`select-${person.id}`} className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
                    <input
                      id={`select-${person.id}`}
                      type="checkbox"
                      name="registrationIds"
                      value={person.id}
                      className="h-7 w-7 shrink-0 accent-brand"
                      aria-describedby={selectionError ? "registrationIds-error" : undefined}
                    />
                    <span>
                      <span className="sr-only">{t("select")} </span>
                      <span className="block font-bold">{person.name}</span>
                      {person.detail ? <span className="block text-sm text-muted">{person.detail}</span> : null}
                    </span>
                  </label>
                </th>
                <td className="align-middle">
                  <AttendanceLabel attendance={person.attendance} />
                  {person.id === justMarked ? <span className="ml-2 text-sm font-bold">{t("justMarked")}</span> : null}
                </td>
                <td>
                  <div className="flex flex-wrap gap-2">
                    <MarkButton value={`one:ATTENDED:${person.id}`} primary label={t("markAttended")} name={person.name} disabled={pending} />
                    <MarkButton value={`one:ABSENT:${person.id}`} label={t("markAbsent")} name={person.name} disabled={pending} />
                    {person.attendance !== "UNMARKED" ? (
                      <MarkButton value={`one:UNMARKED:${person.id}`} label={t("clear")} name={person.name} disabled={pending} />
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </form>
  );
}

function MarkButton({ value, primary = false, label, name, disabled }: { value: string; primary?: boolean; label: string; name: string; disabled: boolean }) {
  return (
    <button
      type="submit"
      name="intent"
      value={value}
      disabled={disabled}
      className={`button min-w-11 ${primary ? "" : "button-secondary"}`}
      aria-label={`${label}: ${name}`}
    >
      {label}
    </button>
  );
}
