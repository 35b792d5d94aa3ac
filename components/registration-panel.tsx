import { Link } from "@/components/locale-link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Places } from "@/lib/programme/places";
import { getMyRegistrationForSession } from "@/lib/registration/list-my-registrations";
import { RegistrationForm } from "./registration-form";

type Props = {
  user: CurrentUser | null;
  session: { id: string; slug: string; places: Places; cancelled: boolean; startsAt: Date };
};

/** The booking box on a session page: sign in, book, join the waiting list, or cancel. */
export async function RegistrationPanel({ user, session }: Props) {
  const t = await getTranslations();
  const returnTo = `/sessions/${session.slug}`;
  const started = session.startsAt <= new Date();
  if (session.cancelled) return <p>{t("session.cancelledNotice")}</p>;
  if (started) return <p>{t("session.registerPast")}</p>;
  if (!user) {
    return (
      <>
        {session.places.kind === "full" ? <p className="mb-2">{t("registration.fullOfferWaitingList")}</p> : null}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`} className="button">
          {t("registration.signInToBook")}
        </Link>
      </>
    );
  }
  const registration = await getMyRegistrationForSession(user.id, session.id);
  if (registration) {
    return (
      <>
        <p className="mb-3 font-bold">
          {registration.status === "CONFIRMED"
            ? t("registration.confirmed")
            : t("registration.waitlisted", { position: registration.waitlistPosition ?? 0 })}
        </p>
        <RegistrationForm mode="cancel" registrationId={registration.id} waitlisted={registration.status === "WAITLISTED"} returnTo={returnTo} />
      </>
    );
  }
  return (
    <>
      {session.places.kind === "full" ? <p className="mb-2">{t("registration.fullOfferWaitingList")}</p> : null}
      <RegistrationForm mode="book" sessionId={session.id} full={session.places.kind === "full"} returnTo={returnTo} />
    </>
  );
}
