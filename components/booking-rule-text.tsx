import { getFormatter, getTranslations } from "next-intl/server";
import { contentTextIn } from "@/lib/i18n/content";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { EffectiveBookingRule } from "@/lib/registration/booking-rule";

/**
 * Who may book a session, in a sentence: "For staff of Glan Usk County
 * Council: sign in with your email address at glanusk.gov.uk." Never the
 * invitation codes themselves.
 */
export async function BookingRuleText({ rule }: { rule: EffectiveBookingRule }) {
  const t = await getTranslations("registration.rule");
  const format = await getFormatter();
  const audience = contentTextIn(await pageLocale(), rule.audience ?? "", rule.audienceCy) || null;
  const domains = format.list(rule.domains, { type: "disjunction" });
  switch (rule.rule) {
    case "OPEN":
      return <>{t("open")}</>;
    case "EMAIL_DOMAIN":
      return <>{audience ? t("domainsFor", { audience, domains }) : t("domains", { domains })}</>;
    case "INVITATION":
      return <>{audience ? t("invitationFor", { audience }) : t("invitation")}</>;
    case "APPROVAL":
      return <>{audience ? t("approvalFor", { audience }) : t("approval")}</>;
  }
}
