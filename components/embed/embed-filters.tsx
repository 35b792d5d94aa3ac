import { useTranslations } from "next-intl";
import { GetForm } from "@/components/locale-anchor";
import type { ProgrammeFilters } from "@/lib/programme/programme-filters";
import { SessionFormat, enumSlug } from "@/lib/programme/vocabulary";

type Option = { value: string; label: string };

/** Day, theme and format, as a plain GET form: works without JavaScript and stays inside the frame. */
export function EmbedFilters({ action, filters, days, themes }: { action: string; filters: ProgrammeFilters; days: Option[]; themes: Option[] }) {
  const t = useTranslations();
  const formats = Object.values(SessionFormat).map((value) => ({ value: enumSlug(value), label: t(`formats.${value}`) }));
  const selects = [
    { name: "day", label: t("programme.day"), any: t("programme.allDays"), options: days, value: filters.day },
    { name: "theme", label: t("common.theme"), any: t("programme.allThemes"), options: themes, value: filters.theme },
    { name: "format", label: t("common.format"), any: t("programme.allFormats"), options: formats, value: filters.format && enumSlug(filters.format) },
  ];
  return (
    <GetForm
      action={action}
      role="search"
      aria-label={t("programme.filtersHeading")}
      className="flex flex-wrap items-end gap-3 border border-line bg-panel p-3"
    >
      {selects.map((select) => (
        <div key={select.name}>
          <label htmlFor={`embed-${select.name}`} className="field-label">
            {select.label}
          </label>
          <select id={`embed-${select.name}`} name={select.name} defaultValue={select.value ?? ""} className="field-control">
            <option value="">{select.any}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="button">
        {t("programme.apply")}
      </button>
    </GetForm>
  );
}
