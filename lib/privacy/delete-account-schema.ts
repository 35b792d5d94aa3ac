import { z } from "zod";

// Messages are catalogue keys (privacy.delete.errors.*), turned into words at the edge.
export const deleteAccountSchema = z.object({
  currentPassword: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(200, "passwordTooLong"),
  confirm: z.literal("on", { error: "confirmRequired" }),
  /** What issued certificates show once the account has gone: the holder's initials (the default) or their name as printed. */
  certificateName: z.enum(["initials", "name"], { error: "certificateNameInvalid" }).default("initials"),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
