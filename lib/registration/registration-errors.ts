// Typed reasons a registration change is refused; mapped to plain English in
// one place (the message catalogue, "registration.errors.<code>").
export type RegistrationErrorCode =
  | "SESSION_NOT_FOUND"
  | "SESSION_NOT_OPEN"
  | "SESSION_CANCELLED"
  | "SESSION_STARTED"
  | "REGISTRATION_NOT_FOUND";

export class RegistrationError extends Error {
  constructor(readonly code: RegistrationErrorCode) {
    super(code);
    this.name = "RegistrationError";
  }
}
