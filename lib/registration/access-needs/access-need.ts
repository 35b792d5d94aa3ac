// The access needs a person can name when booking, for the form outside lib/
// (ADR 0017). No zod here: the form is a client component (see lib/auth/account-vocabulary.ts).
export { AccessNeed } from "../../generated/prisma/enums";
