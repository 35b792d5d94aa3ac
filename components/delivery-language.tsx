import { useTranslations } from "next-intl";
import type { DeliveryLanguage } from "@/lib/programme/vocabulary";

/** Sessions given in Welsh, or in Welsh and English together, stand out most. */
const WELSH_MEDIUM: DeliveryLanguage[] = ["WELSH", "BILINGUAL", "WELSH_WITH_ENGLISH_INTERPRETATION"];

/**
 * A session's language of delivery, in words. Any session where Welsh is
 * spoken or interpreted is a badge, so Welsh is offered without anyone having
 * to ask for it (the Active Offer): the words say which, the badge's colour
 * only repeats them.
 */
export function DeliveryLanguageLabel({ language }: { language: DeliveryLanguage }) {
  const t = useTranslations("deliveryLanguages");
  if (language === "ENGLISH") return <>{t(language)}</>;
  const style = WELSH_MEDIUM.includes(language) ? "bg-brand text-white" : "border-2 border-brand bg-white text-brand";
  return <span className={`tag ${style}`}>{t(language)}</span>;
}
