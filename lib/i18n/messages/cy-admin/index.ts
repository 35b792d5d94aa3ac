// Admin-area messages in Welsh, one file per part of the admin area, beside
// en-admin/ key for key (lib/i18n/catalogue-parity.test.ts holds them together).
import audit from "./audit.json";
import booking from "./booking.json";
import common from "./common.json";
import dashboard from "./dashboard.json";
import emails from "./emails.json";
import events from "./events.json";
import feedback from "./feedback.json";
import messages from "./messages.json";
import organisers from "./organisers.json";
import registrations from "./registrations.json";
import resources from "./resources.json";
import sessions from "./sessions.json";
import speakers from "./speakers.json";
import themes from "./themes.json";

export const adminMessages = {
  common,
  events,
  themes,
  speakers,
  sessions,
  registrations,
  dashboard,
  organisers,
  audit,
  emails,
  booking,
  messages,
  feedback,
  resources,
};
