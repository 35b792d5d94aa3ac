import { useTranslations } from "next-intl";
import { ContentText } from "@/components/content-text";
import { Link } from "@/components/locale-link";
import type { SessionResourcesView } from "@/lib/resources/session-resources-view";

type Props = {
  /** What this person may see (lib/resources: listSessionResourcesFor or publicSessionResources). */
  view: SessionResourcesView;
  /** For a visitor who is not signed in: where signing in leads back to this page. */
  signInHref?: string;
};

/**
 * "Slides, recordings and reading" on a session's page: each link with what
 * it is (in words, not only by its place or colour), its title, and the site
 * it goes to, and a short line when there is more this person cannot see
 * yet. Nothing at all when the session has no resources. Links open in the
 * same tab, as every other link does; rel keeps the other site from reaching
 * back into this page or learning where the click came from.
 */
export function SessionResources({ view, signInHref }: Props) {
  const t = useTranslations("resources");
  if (view.shown.length === 0 && view.stillToCome.length === 0) return null;
  const forSomeOnly = view.stillToCome.some((reason) => reason !== "afterSession");
  return (
    <section aria-labelledby="resources-heading">
      <h2 id="resources-heading" className="mb-3 text-2xl">
        {t("heading")}
      </h2>
      {view.shown.length ? (
        <ul className="mb-3 space-y-3">
          {view.shown.map((resource) => (
            <li key={resource.id} className="border-l-4 border-brand pl-3">
              <span className="block text-sm font-bold">{t(`kinds.${resource.kind}`)}</span>
              <a href={resource.url} rel="noopener noreferrer" className="font-bold [overflow-wrap:anywhere]">
                <ContentText en={resource.title} cy={resource.titleCy} />
              </a>{" "}
              <span className="text-muted [overflow-wrap:anywhere]">{t("domain", { domain: resource.domain })}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {view.stillToCome.map((reason) => (
        <p key={reason} className="mb-2 max-w-prose">
          {t(`stillToCome.${reason}`)}
        </p>
      ))}
      {signInHref && forSomeOnly ? (
        <p className="no-print">
          <Link href={signInHref}>{t("signIn")}</Link>
        </p>
      ) : null}
    </section>
  );
}
