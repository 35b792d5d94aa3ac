import { getTranslations } from "next-intl/server";
import type { SessionSummary } from "@/lib/programme/session-summary";
import { RegistrationForm } from "./registration-form";

type Booking = { id: string; status: "CONFIRMED" | "WAITLISTED" | "CANCELLED" } | undefined;

/** Book or cancel straight from a programme listing, for someone signed in. */
export async function SessionBookingAction({ session, booking, returnTo }: { session: SessionSummary; booking: Booking; returnTo: string }) {
  if (session.cancelled || session.startsAt <= new Date()) return null;
  const t = await getTranslations("registration");
  if (booking && booking.status !== "CANCELLED") {
    return (
      <div className="flex flex-wrap items-start gap-x-4">
        <p className="py-2 font-bold">{booking.status === "CONFIRMED" ? t("confirmed") : t("onWaitingList")}</p>
        <RegistrationForm mode="cancel" registrationId={booking.id} waitlisted={booking.status === "WAITLISTED"} returnTo={returnTo} />
      </div>
    );
  }
  return <RegistrationForm mode="book" sessionId={session.id} full={session.places.kind === "full"} returnTo={returnTo} />;
}
