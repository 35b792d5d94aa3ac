"use client";

import { useLocale, useTranslations } from "next-intl";
import { CorrespondenceLanguage, Regulator } from "@/lib/auth/account-vocabulary";
import { ChoicesField } from "./fields";
import { TextField } from "./text-field";

type Props = { values?: Record<string, string | null | undefined>; errors: Record<string, string> };

export function ProfessionalDetailsFields({ values, errors }: Props) {
  const t = useTranslations("account");
  // Asked of everyone, up front; on a Welsh page Welsh is offered first and chosen to begin with.
  const welshPage = useLocale() === "cy";
  const languages = welshPage ? (["WELSH", "ENGLISH", "BILINGUAL"] as const) : (["ENGLISH", "WELSH", "BILINGUAL"] as const);
  return (
    <>
      <ChoicesField
        name="language"
        type="radio"
        legend={t("signUp.language")}
        hint={t("signUp.languageHint")}
        error={errors.language}
        options={languages.map((language) => ({ value: language, label: t(`signUp.languages.${language}`) }))}
        selected={[values?.language && values.language in CorrespondenceLanguage ? values.language : welshPage ? "WELSH" : "ENGLISH"]}
      />
      <fieldset className="mb-6 border-t border-line pt-4">
        <legend className="mb-3 text-xl font-bold">{t("signUp.professionalHeading")}</legend>
        <div className={`mb-5 ${errors.regulator ? "border-l-4 border-danger pl-3" : ""}`}>
          <label htmlFor="regulator" className="field-label">
            {t("signUp.regulator")}
          </label>
          {errors.regulator ? (
            <p id="regulator-error" className="mb-1 font-bold text-danger">
              {errors.regulator}
            </p>
          ) : null}
          <select
            id="regulator"
            name="regulator"
            defaultValue={values?.regulator ?? "NONE"}
            aria-describedby={errors.regulator ? "regulator-error" : undefined}
            className="field-control max-w-md"
          >
            {Object.values(Regulator).map((regulator) => (
              <option key={regulator} value={regulator}>
                {t(`regulators.${regulator}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          name="registrationNumber"
          label={t("signUp.registrationNumber")}
          defaultValue={values?.registrationNumber ?? ""}
          error={errors.registrationNumber}
          className="max-w-xs"
        />
        <TextField name="jobRole" label={t("signUp.jobRole")} autoComplete="organization-title" defaultValue={values?.jobRole ?? ""} error={errors.jobRole} />
        <TextField
          name="organisation"
          label={t("signUp.organisation")}
          autoComplete="organization"
          defaultValue={values?.organisation ?? ""}
          error={errors.organisation}
        />
      </fieldset>
    </>
  );
}
