// Typed reasons a registration change is refused; mapped to plain English in
// one place (the message catalogue, "registration.errors.<code>").
export type RegistrationErrorCode =
  | "SESSION_NOT_FOUND"
  | "SESSION_NOT_OPEN"
  | "SESSION_CANCELLED"
  | "SESSION_STARTED"
  | "REGISTRATION_NOT_FOUND"
  // Who may book (docs/decisions/0012-who-may-book.md):
  | "EMAIL_DOMAIN_NOT_ALLOWED"
  | "EMAIL_NOT_VERIFIED"
  | "INVITATION_CODE_REQUIRED"
  | "INVITATION_CODE_INVALID"
  | "INVITATION_CODE_EXPIRED"
  | "INVITATION_CODE_USED_UP"
  | "REQUEST_DECLINED"
  | "REQUEST_NOT_FOUND";

export class RegistrationError extends Error {
  constructor(readonly code: RegistrationErrorCode) {
    super(code);
    this.name = "RegistrationError";
  }
}
