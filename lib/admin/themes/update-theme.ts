import type { CurrentUser } from "../../auth/current-user";
import { isUniqueViolation } from "../../db-errors";
import { fieldErrorsOf } from "../../forms/field-errors";
import { FieldErrorsRollback, type Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { chooseSlug } from "../slug";
import { lockTheme } from "./lock-theme";
import { themeFormSchema, themeRecordSelect } from "./theme-schema";

/** Saves the theme form. A theme in use cannot move to another week: its sessions would carry another week's theme. */
export async function updateTheme(
  db: PrismaClient,
  actor: CurrentUser,
  themeId: string,
  input: unknown,
): Promise<Result<{ themeId: string; eventId: string }>> {
  assertOrganiser(actor);
  const parsed = themeFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { slug: typedSlug, ...fields } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      if (!(await lockTheme(tx, themeId))) throw new FieldErrorsRollback({ form: "notFound" });
      const before = await tx.theme.findUniqueOrThrow({ where: { id: themeId }, select: themeRecordSelect });
      if (fields.eventId !== before.eventId) {
        if ((await tx.event.count({ where: { id: fields.eventId } })) === 0) throw new FieldErrorsRollback({ eventId: "eventRequired" });
        const inUse = await tx.session.count({ where: { themeId } });
        if (inUse > 0) throw new FieldErrorsRollback({ eventId: "cannotMoveInUse" }, { count: inUse });
      }
      const slug = await chooseSlug({
        typed: typedSlug,
        suggestFrom: fields.name,
        fallback: "theme",
        isTaken: async (candidate) => (await tx.theme.count({ where: { slug: candidate, id: { not: themeId } } })) > 0,
      });
      if (!slug) throw new FieldErrorsRollback({ slug: "slugTaken" });
      const after = await tx.theme.update({ where: { id: themeId }, data: { ...fields, slug }, select: themeRecordSelect });
      await recordAuditEntry(tx, actor, { action: "theme.update", entityType: "theme", entityId: themeId, summary: after.name, before, after });
      return { ok: true as const, themeId, eventId: after.eventId };
    });
  } catch (error) {
    if (error instanceof FieldErrorsRollback) return error.result;
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}
