import { getFormatter, getTranslations } from "next-intl/server";
import { BookingRuleText } from "@/components/booking-rule-text";
import { Link } from "@/components/locale-link";
import { RegistrationForm } from "@/components/registration-form";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { findMyFeedbackLink } from "@/lib/feedback/get-my-feedback";
import type { Places } from "@/lib/programme/places";
import { bookingOfferFor, type EffectiveBookingRule } from "@/lib/registration/booking-rule";
import { getMyBookingState } from "@/lib/registration/get-my-booking-state";
import { AccessNeedsForm } from "./access-needs-form";

type Props = {
  user: CurrentUser | null;
  session: { id: string; slug: string; places: Places; cancelled: boolean; startsAt: Date; endsAt: Date; bookingRule: EffectiveBookingRule };
};

/**
 * The booking box on a session page: sign in, book, join the waiting list,
 * give an invitation code, ask for a place, or cancel; and for a session
 * not open to everyone, who it is for and why this person cannot book it.
 * Every branch keys its form "form": after booking (or asking) the page is
 * drawn again with another form in its place, and the key keeps the one
 * that was used, so its message ("Your place is confirmed") stays on screen.
 */
export async function RegistrationPanel({ user, session }: Props) {
  const t = await getTranslations();
  const returnTo = `/sessions/${session.slug}`;
  const started = session.startsAt <= new Date();
  const rule = session.bookingRule;
  if (session.cancelled) return <p>{t("session.cancelledNotice")}</p>;
  if (started) {
    // An attendee of a session that has ended is asked for feedback (or finds what they gave).
    const feedback = user ? await findMyFeedbackLink(prisma, user.id, session.id) : null;
    return (
      <>
        <p>{t("session.registerPast")}</p>
        {feedback ? (
          <p className="mt-2">
            <Link href={`/account/feedback/${feedback.registrationId}`}>{feedback.given ? t("feedback.cpdFeedbackLink") : t("feedback.sessionLink")}</Link>
          </p>
        ) : null}
      </>
    );
  }
  const ruleText =
    rule.rule === "OPEN" ? null : (
      <p className="mb-3">
        <BookingRuleText rule={rule} />
      </p>
    );
  const fullNote = session.places.kind === "full" ? <p className="mb-2">{t("registration.fullOfferWaitingList")}</p> : null;
  if (!user) {
    return (
      <>
        {ruleText}
        {fullNote}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`} className="button">
          {t("registration.signInToBook")}
        </Link>
      </>
    );
  }
  const state = await getMyBookingState(prisma, user.id, session.id);
  if (state.registration) {
    return (
      <>
        <p className="mb-3 font-bold">
          {state.registration.status === "CONFIRMED"
            ? t("registration.confirmed")
            : t("registration.waitlisted", { position: state.registration.waitlistPosition ?? 0 })}
        </p>
        <RegistrationForm
          key="form"
          mode="cancel"
          registrationId={state.registration.id}
          waitlisted={state.registration.status === "WAITLISTED"}
          returnTo={returnTo}
        />
        <AccessNeedsForm key="access" userId={user.id} registrationId={state.registration.id} />
      </>
    );
  }
  if (rule.rule === "APPROVAL" && state.request) {
    if (state.request.status === "DECLINED") return <p className="font-bold">{t("registration.rule.declined")}</p>;
    return (
      <>
        <p className="mb-3 font-bold">{t("registration.rule.requested")}</p>
        <RegistrationForm key="form" mode="withdraw" requestId={state.request.id} returnTo={returnTo} />
      </>
    );
  }
  const offer = bookingOfferFor(rule, { email: state.email, emailVerified: state.emailVerified });
  if (offer.kind === "wrongDomain") {
    const format = await getFormatter();
    return (
      <>
        {ruleText}
        <p className="mb-2 font-bold">
          {t("registration.rule.wrongDomain", { email: state.email, domains: format.list(rule.domains, { type: "disjunction" }) })}
        </p>
        <p>
          {t("registration.rule.changeEmail")} <Link href="/account/details#email-heading">{t("registration.rule.changeEmailLink")}</Link>
        </p>
      </>
    );
  }
  if (offer.kind === "verifyEmail") {
    return (
      <>
        {ruleText}
        <p className="mb-2 font-bold">{t("registration.rule.verifyEmail", { email: state.email })}</p>
        <Link href="/account#verify-heading" className="button button-secondary">
          {t("registration.rule.verifyEmailLink")}
        </Link>
      </>
    );
  }
  return (
    <>
      {ruleText}
      {offer.kind === "request" ? null : fullNote}
      {offer.kind === "request" ? (
        <RegistrationForm key="form" mode="request" sessionId={session.id} returnTo={returnTo} />
      ) : (
        <RegistrationForm key="form" mode="book" sessionId={session.id} full={session.places.kind === "full"} needsCode={offer.needsCode} returnTo={returnTo} />
      )}
    </>
  );
}
