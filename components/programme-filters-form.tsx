import { useTranslations } from "next-intl";
import { GetForm } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import type { ProgrammeFilters } from "@/lib/programme/programme-filters";
import { Audience, DeliveryLanguage, SessionFormat, enumSlug } from "@/lib/programme/vocabulary";

type Option = { value: string; label: string };

type Props = { filters: ProgrammeFilters; week?: string; days: Option[]; themes: Option[] };

/**
 * A plain GET form: every filter is a URL parameter, so a filtered programme
 * can be bookmarked or shared, and it works without JavaScript.
 */
export function ProgrammeFiltersForm({ filters, week, days, themes }: Props) {
  const t = useTranslations();
  const formats = Object.values(SessionFormat).map((value) => ({ value: enumSlug(value), label: t(`formats.${value}`) }));
  const audiences = Object.values(Audience).map((value) => ({ value: enumSlug(value), label: t(`audiences.${value}`) }));
  const languages = Object.values(DeliveryLanguage).map((value) => ({ value: enumSlug(value), label: t(`deliveryLanguages.${value}`) }));
  return (
    <GetForm action="/programme" role="search" aria-labelledby="filters-heading" className="no-print border border-line bg-panel p-4">
      <h2 id="filters-heading" className="mb-4 text-xl">
        {t("programme.filtersHeading")}
      </h2>
      {week ? <input type="hidden" name="week" value={week} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select name="day" label={t("programme.day")} anyLabel={t("programme.allDays")} options={days} value={filters.day} />
        <Select name="theme" label={t("common.theme")} anyLabel={t("programme.allThemes")} options={themes} value={filters.theme} />
        <Select
          name="format"
          label={t("common.format")}
          anyLabel={t("programme.allFormats")}
          options={formats}
          value={filters.format && enumSlug(filters.format)}
        />
        <Select
          name="audience"
          label={t("common.audience")}
          anyLabel={t("programme.allAudiences")}
          options={audiences}
          value={filters.audience && enumSlug(filters.audience)}
        />
        <Select
          name="language"
          label={t("common.language")}
          anyLabel={t("programme.allLanguages")}
          options={languages}
          value={filters.language && enumSlug(filters.language)}
        />
      </div>
      <div className="mt-4">
        <label htmlFor="filter-q" className="field-label">
          {t("programme.search")}
        </label>
        <p id="filter-q-hint" className="mb-1 text-sm text-muted">
          {t("programme.searchHint")}
        </p>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          maxLength={100}
          aria-describedby="filter-q-hint"
          className="field-control max-w-xl"
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          {t("programme.apply")}
        </button>
        <Link href={week ? `/programme?week=${encodeURIComponent(week)}` : "/programme"} className="inline-block py-2">
          {t("programme.clear")}
        </Link>
      </div>
    </GetForm>
  );
}

function Select({ name, label, anyLabel, options, value }: { name: string; label: string; anyLabel: string; options: Option[]; value?: string }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="field-control">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
