import { z } from "zod";
import { singleLineText } from "../../forms/text-fields";
import { CorrespondenceLanguage } from "../../generated/prisma/enums";

// Field problems are message keys in the "cpd.errors" namespace, like the rest of the CPD record.

/** Asking a colleague to confirm the peer discussion on one of the caller's entries. */
export const peerConfirmationRequestSchema = z.object({
  entryId: z.string().min(1).max(40),
  colleagueName: singleLineText(120, { required: "colleagueNameRequired", tooLong: "colleagueNameTooLong" }),
  colleagueEmail: z
    .string({ error: "colleagueEmailRequired" })
    .trim()
    .min(1, "colleagueEmailRequired")
    .max(254, "colleagueEmailInvalid")
    .pipe(z.email("colleagueEmailInvalid"))
    .transform((value) => value.toLowerCase()),
  /** The language(s) of the email and of the page it links to. */
  language: z.enum(CorrespondenceLanguage, { error: "colleagueLanguageRequired" }),
});

/** The colleague's answer. */
export const peerAnswerSchema = z.enum(["CONFIRMED", "DECLINED"]);
