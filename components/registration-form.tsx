import { getTranslations } from "next-intl/server";
import { RegistrationFormClient, type RegistrationFormProps } from "./registration-form-client";

/** Book or cancel with one button (registration-form-client.tsx), its words in the page's language. */
export async function RegistrationForm(props: RegistrationFormProps) {
  const t = await getTranslations("registration");
  const label = props.mode === "book" ? (props.full ? t("joinWaitingList") : t("book")) : props.waitlisted ? t("leaveWaitingList") : t("cancel");
  return <RegistrationFormClient {...props} label={label} />;
}
