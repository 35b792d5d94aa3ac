import type { CurrentUser } from "../../auth/current-user";
import { isUniqueViolation } from "../../db-errors";
import { fieldErrorsOf } from "../../forms/field-errors";
import { FieldErrorsRollback, type Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { chooseSlug } from "../slug";
import { themeFormSchema, themeRecordSelect } from "./theme-schema";

export async function createTheme(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<Result<{ themeId: string; eventId: string }>> {
  assertOrganiser(actor);
  const parsed = themeFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { slug: typedSlug, ...fields } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      if ((await tx.event.count({ where: { id: fields.eventId } })) === 0) throw new FieldErrorsRollback({ eventId: "eventRequired" });
      const slug = await chooseSlug({
        typed: typedSlug,
        suggestFrom: fields.name,
        fallback: "theme",
        isTaken: async (candidate) => (await tx.theme.count({ where: { slug: candidate } })) > 0,
      });
      if (!slug) throw new FieldErrorsRollback({ slug: "slugTaken" });
      const theme = await tx.theme.create({ data: { ...fields, slug }, select: themeRecordSelect });
      await recordAuditEntry(tx, actor, { action: "theme.create", entityType: "theme", entityId: theme.id, summary: theme.name, after: theme });
      return { ok: true as const, themeId: theme.id, eventId: theme.eventId };
    });
  } catch (error) {
    if (error instanceof FieldErrorsRollback) return error.result;
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}
