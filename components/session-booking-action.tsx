import { getTranslations } from "next-intl/server";
import type { SessionSummary } from "@/lib/programme/session-summary";
import { RegistrationForm } from "./registration-form";

type Booking = { id: string; status: "CONFIRMED" | "WAITLISTED" | "CANCELLED" } | undefined;

/**
 * Book or cancel straight from a programme listing, for someone signed in.
 * A session not open to everyone is booked from its own page, which says
 * who it is for (and takes a code or a request).
 * The form sits at the same place whether booking or cancelling, so the
 * message it shows survives the page refreshing after the change.
 */
export async function SessionBookingAction({ session, booking, returnTo }: { session: SessionSummary; booking: Booking; returnTo: string }) {
  if (session.cancelled || session.startsAt <= new Date()) return null;
  const t = await getTranslations("registration");
  const booked = booking && booking.status !== "CANCELLED" ? booking : undefined;
  return (
    <div className="flex flex-wrap items-start gap-x-4">
      {booked ? <p className="py-2 font-bold">{booked.status === "CONFIRMED" ? t("confirmed") : t("onWaitingList")}</p> : null}
      {booked ? (
        <RegistrationForm key="form" mode="cancel" registrationId={booked.id} waitlisted={booked.status === "WAITLISTED"} returnTo={returnTo} />
      ) : session.bookingRule.rule === "OPEN" ? (
        <RegistrationForm key="form" mode="book" sessionId={session.id} full={session.places.kind === "full"} returnTo={returnTo} />
      ) : null}
    </div>
  );
}
