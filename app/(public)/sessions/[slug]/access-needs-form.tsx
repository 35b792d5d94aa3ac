import { getTranslations } from "next-intl/server";
import { AccessNeedsFormClient } from "@/components/access-needs-form-client";
import { prisma } from "@/lib/db";
import { AccessNeed } from "@/lib/registration/access-needs/access-need";
import { getMyAccessRequest } from "@/lib/registration/access-needs/get-my-access-request";

/**
 * Under a booking: what the person needs to take part, optional and saved
 * apart from the booking, with who sees it and when it is deleted. Its words
 * come translated from the server (the public pages load no message formatter).
 */
export async function AccessNeedsForm({ userId, registrationId }: { userId: string; registrationId: string }) {
  const t = await getTranslations("registration.access");
  const saved = await getMyAccessRequest(prisma, userId, registrationId);
  return (
    <section aria-labelledby="access-needs-heading" className="mt-6 border-t border-line pt-4">
      <h3 id="access-needs-heading" className="mb-2 text-lg">
        {t("heading")}
      </h3>
      <p className="mb-3 text-sm">{t("intro")}</p>
      <AccessNeedsFormClient
        registrationId={registrationId}
        initial={{ needs: saved?.needs ?? [], other: saved?.other ?? "" }}
        texts={{
          legend: t("legend"),
          options: Object.values(AccessNeed).map((need) => ({ value: need, label: t(`needs.${need}`) })),
          otherLabel: t("otherLabel"),
          otherHint: t("otherHint"),
          save: t("save"),
        }}
      />
    </section>
  );
}
