import type { CurrentUser } from "../../auth/current-user";
import { isUniqueViolation } from "../../db-errors";
import { fieldErrorsOf } from "../../forms/field-errors";
import { FieldErrorsRollback, type Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { chooseSlug } from "../slug";
import { eventFormSchema, eventRecordSelect } from "./event-schema";

/** Creates a week as a draft: nobody outside the admin area sees it until it is published. */
export async function createEvent(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<Result<{ eventId: string }>> {
  assertOrganiser(actor);
  const parsed = eventFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { slug: typedSlug, ...fields } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const slug = await chooseSlug({
        typed: typedSlug,
        suggestFrom: fields.title,
        fallback: "week",
        isTaken: async (candidate) => (await tx.event.count({ where: { slug: candidate } })) > 0,
      });
      if (!slug) throw new FieldErrorsRollback({ slug: "slugTaken" });
      const event = await tx.event.create({ data: { ...fields, slug, status: "DRAFT" }, select: eventRecordSelect });
      await recordAuditEntry(tx, actor, { action: "event.create", entityType: "event", entityId: event.id, summary: event.title, after: event });
      return { ok: true as const, eventId: event.id };
    });
  } catch (error) {
    if (error instanceof FieldErrorsRollback) return error.result;
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}
