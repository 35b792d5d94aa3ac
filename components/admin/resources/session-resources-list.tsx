import { useTranslations } from "next-intl";
import { moveSessionResourceAction, removeSessionResourceAction } from "@/app/admin/sessions/[sessionId]/resources/actions";
import { ActionButtonForm } from "@/components/admin/sessions/action-button-form";
import { Link } from "@/components/locale-link";
import type { SessionResources } from "@/lib/admin/resources/get-session-resources";

type Props = { sessionId: string; resources: SessionResources["resources"] };

/**
 * A session's resources in the order its page shows them, each with what it
 * is, where its link goes, who can see it, and buttons to edit, move and
 * remove it. A list rather than a table: it reads in order at any width.
 */
export function SessionResourcesList({ sessionId, resources }: Props) {
  const t = useTranslations("admin.resources");
  const kinds = useTranslations("resources.kinds");
  if (resources.length === 0) return <p>{t("none")}</p>;
  const base = `/admin/sessions/${encodeURIComponent(sessionId)}/resources`;
  return (
    <ol className="space-y-4">
      {resources.map((resource, index) => {
        const name = <span className="sr-only"> {resource.title}</span>;
        return (
          <li key={resource.id} id={`resource-${resource.id}`} className="border-l-4 border-brand bg-panel p-4">
            <p className="font-bold">
              {kinds(resource.kind)}: <span lang="en">{resource.title}</span>
            </p>
            <p className="text-sm">{resource.titleCy ? <span lang="cy">{t("welshTitle", { title: resource.titleCy })}</span> : t("noWelshTitle")}</p>
            <dl className="mt-2 space-y-1">
              <div>
                <dt className="inline font-bold">{t("columns.link")}: </dt>
                <dd className="inline [overflow-wrap:anywhere]">
                  {resource.domain ? (
                    <a href={resource.url} rel="noopener noreferrer">
                      {resource.url}
                    </a>
                  ) : (
                    <>
                      <span lang="en">{resource.url}</span>
                      <strong className="block text-danger">{t("brokenLink")}</strong>
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt className="inline font-bold">{t("columns.visibility")}: </dt>
                <dd className="inline">
                  {t(`visibilityShort.${resource.visibility}`)}
                  {resource.kind === "RECORDING" ? <span className="block text-sm">{t("recordingAfter")}</span> : null}
                </dd>
              </div>
            </dl>
            <ul className="mt-3 flex flex-wrap items-start gap-2" aria-label={t("columns.actions")}>
              <li>
                <Link href={`${base}?edit=${encodeURIComponent(resource.id)}#resource-form-heading`} className="button button-secondary">
                  {t("edit")}
                  {name}
                </Link>
              </li>
              {index > 0 ? (
                <li>
                  <ActionButtonForm
                    action={moveSessionResourceAction}
                    fields={{ sessionId, resourceId: resource.id, direction: "up" }}
                    label={
                      <>
                        {t("moveUp")}
                        {name}
                      </>
                    }
                    variant="secondary"
                  />
                </li>
              ) : null}
              {index < resources.length - 1 ? (
                <li>
                  <ActionButtonForm
                    action={moveSessionResourceAction}
                    fields={{ sessionId, resourceId: resource.id, direction: "down" }}
                    label={
                      <>
                        {t("moveDown")}
                        {name}
                      </>
                    }
                    variant="secondary"
                  />
                </li>
              ) : null}
              <li>
                <ActionButtonForm
                  action={removeSessionResourceAction}
                  fields={{ sessionId, resourceId: resource.id }}
                  label={
                    <>
                      {t("remove")}
                      {name}
                    </>
                  }
                  variant="danger"
                />
              </li>
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
