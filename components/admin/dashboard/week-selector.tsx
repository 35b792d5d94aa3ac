import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/fields";
import { GetForm } from "@/components/locale-anchor";

type Week = { slug: string; title: string; status: "DRAFT" | "PUBLISHED" };

/** A GET form: the chosen week is in the address (?event=), so it can be bookmarked and works without JavaScript. */
export function WeekSelector({ events, selected }: { events: Week[]; selected: string }) {
  const t = useTranslations("admin.dashboard.weekSelector");
  return (
    <GetForm action="/admin" className="no-print mb-8 flex flex-wrap items-end gap-x-4">
      <SelectField
        name="event"
        label={t("label")}
        hint={t("hint")}
        defaultValue={selected}
        options={events.map((event) => ({ value: event.slug, label: event.status === "DRAFT" ? t("draft", { title: event.title }) : event.title }))}
      />
      <div className="mb-5">
        <button type="submit" className="button button-secondary">
          {t("submit")}
        </button>
      </div>
    </GetForm>
  );
}
