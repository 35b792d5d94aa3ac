import { getTranslations } from "next-intl/server";
import { GetForm } from "@/components/locale-anchor";

/** A plain GET form (works without JavaScript): /certificates/verify?code=… redirects to the code's page. */
export async function VerifyCodeForm({ defaultValue = "", invalid = false }: { defaultValue?: string; invalid?: boolean }) {
  const t = await getTranslations("certificates.verify");
  const describedBy = invalid ? "code-hint code-error" : "code-hint";
  return (
    <GetForm action="/certificates/verify" className="max-w-xl">
      <div className={`mb-5 ${invalid ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor="code" className="field-label">
          {t("codeLabel")}
        </label>
        <p id="code-hint" className="mb-1 text-sm text-muted">
          {t("codeHint")}
        </p>
        {invalid ? (
          <p id="code-error" className="mb-1 font-bold text-danger">
            {t("invalid")}
          </p>
        ) : null}
        <input
          id="code"
          name="code"
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          className={`field-control font-mono ${invalid ? "border-danger" : ""}`}
        />
      </div>
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </GetForm>
  );
}
