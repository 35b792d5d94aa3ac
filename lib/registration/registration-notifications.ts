import "server-only";
import {
  sendPromotedFromWaitingList,
  sendRegistrationCancelled,
  sendRegistrationConfirmed,
  sendWaitlisted,
} from "../email/registration-emails";

// Emails go out after the booking has committed; a mail problem is logged and
// never undoes or fails a booking the person has already been given.
async function safely(kind: string, send: () => Promise<unknown>) {
  try {
    await send();
  } catch (error) {
    console.error(`Could not send the ${kind} email:`, error);
  }
}

export async function notifyBooked(outcome: { registrationId: string; status: "CONFIRMED" | "WAITLISTED"; alreadyRegistered: boolean }) {
  if (outcome.alreadyRegistered) return;
  await safely(outcome.status === "CONFIRMED" ? "confirmation" : "waiting list", () =>
    outcome.status === "CONFIRMED" ? sendRegistrationConfirmed(outcome.registrationId) : sendWaitlisted(outcome.registrationId),
  );
}

export async function notifyPromoted(registrationIds: string[]) {
  await Promise.all(registrationIds.map((id) => safely("promotion", () => sendPromotedFromWaitingList(id))));
}

export async function notifyRegistrationCancelledByOrganiser(registrationId: string) {
  await safely("registration cancelled", () => sendRegistrationCancelled(registrationId));
}
