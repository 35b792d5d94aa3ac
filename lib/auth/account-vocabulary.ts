// The account's fixed choices, for forms outside lib/ (ADR 0017). No zod here:
// client components import this module, and zod in a browser bundle probes
// for eval, which the Content-Security-Policy reports as a violation.
export { CorrespondenceLanguage, Regulator } from "../generated/prisma/enums";
