import type { CurrentUser } from "../../auth/current-user";
import { isUniqueViolation } from "../../db-errors";
import { fieldErrorsOf } from "../../forms/field-errors";
import { FieldErrorsRollback, type Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { chooseSlug } from "../slug";
import { lockSpeaker } from "./lock-speaker";
import { speakerFormSchema, speakerRecordSelect } from "./speaker-schema";

export async function updateSpeaker(db: PrismaClient, actor: CurrentUser, speakerId: string, input: unknown): Promise<Result<{ speakerId: string }>> {
  assertOrganiser(actor);
  const parsed = speakerFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { slug: typedSlug, ...fields } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      if (!(await lockSpeaker(tx, speakerId))) throw new FieldErrorsRollback({ form: "notFound" });
      const before = await tx.speaker.findUniqueOrThrow({ where: { id: speakerId }, select: speakerRecordSelect });
      const slug = await chooseSlug({
        typed: typedSlug,
        suggestFrom: fields.name,
        fallback: "speaker",
        isTaken: async (candidate) => (await tx.speaker.count({ where: { slug: candidate, id: { not: speakerId } } })) > 0,
      });
      if (!slug) throw new FieldErrorsRollback({ slug: "slugTaken" });
      const after = await tx.speaker.update({ where: { id: speakerId }, data: { ...fields, slug }, select: speakerRecordSelect });
      await recordAuditEntry(tx, actor, { action: "speaker.update", entityType: "speaker", entityId: speakerId, summary: after.name, before, after });
      return { ok: true as const, speakerId };
    });
  } catch (error) {
    if (error instanceof FieldErrorsRollback) return error.result;
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}
