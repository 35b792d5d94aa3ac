import type { CurrentUser } from "../../auth/current-user";
import { isUniqueViolation } from "../../db-errors";
import { fieldErrorsOf } from "../../forms/field-errors";
import { FieldErrorsRollback, type Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { chooseSlug } from "../slug";
import { speakerFormSchema, speakerRecordSelect } from "./speaker-schema";

export async function createSpeaker(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<Result<{ speakerId: string }>> {
  assertOrganiser(actor);
  const parsed = speakerFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { slug: typedSlug, ...fields } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const slug = await chooseSlug({
        typed: typedSlug,
        suggestFrom: fields.name,
        fallback: "speaker",
        isTaken: async (candidate) => (await tx.speaker.count({ where: { slug: candidate } })) > 0,
      });
      if (!slug) throw new FieldErrorsRollback({ slug: "slugTaken" });
      const speaker = await tx.speaker.create({ data: { ...fields, slug }, select: speakerRecordSelect });
      await recordAuditEntry(tx, actor, { action: "speaker.create", entityType: "speaker", entityId: speaker.id, summary: speaker.name, after: speaker });
      return { ok: true as const, speakerId: speaker.id };
    });
  } catch (error) {
    if (error instanceof FieldErrorsRollback) return error.result;
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}
