import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";
import { renewalDateSchema } from "./renewal-schemas";
import { todayInLondon } from "./save-other-cpd";

/** Records the caller's own registration renewal date (replacing the one recorded before). */
export async function saveRenewalDate(db: PrismaClient, caller: CpdCaller, input: unknown, now: Date = new Date()): Promise<Result<object, "refused">> {
  const parsed = renewalDateSchema(todayInLondon(now)).safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const updated = await db.user.updateMany({ where: { id: caller.id }, data: { registrationRenewalDate: new Date(`${parsed.data.renewalDate}T00:00:00Z`) } });
  return updated.count === 1 ? { ok: true } : { ok: false, refusal: "refused" };
}
