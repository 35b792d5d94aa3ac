/**
 * A certificate that cannot be issued or shown to this person: the session was
 * not attended, the registration is someone else's, the week or session is a
 * draft, or there is no such thing. One error for all, so that a refusal
 * reveals nothing about what exists.
 */
export class CertificateNotFoundError extends Error {
  constructor() {
    super("No certificate can be issued for this.");
    this.name = "CertificateNotFoundError";
  }
}
