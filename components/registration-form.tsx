import { getTranslations } from "next-intl/server";
import { RegistrationFormClient, type RegistrationFormProps } from "./registration-form-client";

/** Book, ask for a place, cancel or withdraw with one button (registration-form-client.tsx), its words in the page's language. */
export async function RegistrationForm(props: RegistrationFormProps) {
  const t = await getTranslations("registration");
  const label =
    props.mode === "book"
      ? props.needsCode
        ? t("rule.bookWithCode")
        : props.full
          ? t("joinWaitingList")
          : t("book")
      : props.mode === "request"
        ? t("rule.askForPlace")
        : props.mode === "withdraw"
          ? t("rule.withdrawRequest")
          : props.waitlisted
            ? t("leaveWaitingList")
            : t("cancel");
  const codeField = props.mode === "book" && props.needsCode ? { label: t("rule.codeLabel"), hint: t("rule.codeHint") } : undefined;
  return <RegistrationFormClient {...props} label={label} codeField={codeField} />;
}
