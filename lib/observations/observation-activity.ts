// What a practice observation observes, for the organisers' form outside lib/
// (ADR 0017). No zod here: the form is a client component (see lib/auth/account-vocabulary.ts).
export { ObservationActivity } from "../generated/prisma/enums";
