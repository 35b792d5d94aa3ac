import { getLocale, getTranslations } from "next-intl/server";
import { changeSelfCheckInAction } from "@/app/admin/sessions/[sessionId]/check-in/actions";
import { dateLocale } from "@/lib/i18n/locales";
import { formatClock, formatLongDate } from "@/lib/programme/event-time";

type Props = {
  session: { id: string; selfCheckIn: boolean; checkInCode: string | null; status: string; event: { timeZone: string }; window: { opens: Date; closes: Date } };
  /** The change just made, from the address after the redirect. */
  done?: string;
};

/** On the attendance page: lets attendees check themselves in with a code the organiser announces. */
export async function SelfCheckInPanel({ session, done }: Props) {
  const t = await getTranslations("cpd.checkIn.admin");
  const dates = dateLocale(await getLocale());
  const zone = session.event.timeZone;
  const button = (change: "enable" | "disable" | "regenerate", label: string, secondary = false) => (
    <form action={changeSelfCheckInAction}>
      <input type="hidden" name="sessionId" value={session.id} />
      <input type="hidden" name="change" value={change} />
      <button type="submit" className={`button ${secondary ? "button-secondary" : ""}`}>
        {label}
      </button>
    </form>
  );
  const doneMessage = done === "enable" ? t("enabled") : done === "disable" ? t("disabled") : done === "regenerate" ? t("regenerated") : null;
  return (
    <section id="self-check-in" aria-labelledby="self-check-in-heading" tabIndex={-1} className="mb-8 border-l-4 border-brand bg-panel p-4 focus:outline-none">
      <h2 id="self-check-in-heading" className="mb-2 text-xl">
        {t("heading")}
      </h2>
      {doneMessage ? (
        <p role="status" className="mb-3 font-bold">
          {doneMessage}
        </p>
      ) : null}
      <p className="mb-3 max-w-prose">
        {t("intro", {
          opens: `${formatLongDate(session.window.opens, zone, dates)} ${formatClock(session.window.opens, zone, dates)}`,
          closes: formatClock(session.window.closes, zone, dates),
        })}
      </p>
      {session.selfCheckIn && session.checkInCode ? (
        <>
          <p className="mb-3">
            {t("codeLabel")}{" "}
            <strong className="font-mono text-3xl tracking-widest" data-testid="check-in-code">
              {session.checkInCode}
            </strong>
          </p>
          <div className="flex flex-wrap gap-3">
            {button("regenerate", t("regenerate"), true)}
            {button("disable", t("disable"), true)}
          </div>
        </>
      ) : session.status === "CANCELLED" ? (
        <p>{t("cancelled")}</p>
      ) : (
        <>
          <p className="mb-3">{t("off")}</p>
          {button("enable", t("enable"))}
        </>
      )}
    </section>
  );
}
