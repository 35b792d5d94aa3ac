import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { contentTextIn } from "@/lib/i18n/content";
import { isAppLocale } from "@/lib/i18n/locales";

/** On the account page: the way to the CPD record, and check-in for sessions happening now. */
export async function AccountCpdSection({ openCheckIns }: { openCheckIns: { id: string; session: { title: string; titleCy: string | null } }[] }) {
  const t = await getTranslations("cpd");
  const locale = await getLocale();
  const title = (session: { title: string; titleCy: string | null }) => contentTextIn(isAppLocale(locale) ? locale : "en", session.title, session.titleCy);
  return (
    <>
      {openCheckIns.length > 0 ? (
        <section aria-labelledby="check-in-heading" className="mb-8 border-l-4 border-brand bg-panel p-4">
          <h2 id="check-in-heading" className="mb-2 text-xl">
            {t("checkIn.accountHeading")}
          </h2>
          <ul className="space-y-1">
            {openCheckIns.map((registration) => (
              <li key={registration.id}>
                <Link href={`/account/check-in/${registration.id}`}>{t("checkIn.accountLink", { title: title(registration.session) })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mb-8">
        <Link href="/account/cpd">{t("record.link")}</Link>
      </p>
    </>
  );
}
