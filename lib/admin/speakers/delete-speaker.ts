import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { lockSpeaker } from "./lock-speaker";
import { speakerRecordSelect } from "./speaker-schema";

/** Deletes a speaker who is in no session; otherwise nothing changes and the page lists their sessions. */
export async function deleteSpeaker(db: PrismaClient, actor: CurrentUser, speakerId: string): Promise<Result<{ name: string }>> {
  assertOrganiser(actor);
  return db.$transaction(async (tx) => {
    if (!(await lockSpeaker(tx, speakerId))) return { ok: false as const, fieldErrors: { form: "notFound" } };
    const sessionCount = await tx.sessionSpeaker.count({ where: { speakerId } });
    if (sessionCount > 0) return { ok: false as const, fieldErrors: { form: "deleteInSessions" }, values: { count: sessionCount } };
    const before = await tx.speaker.findUniqueOrThrow({ where: { id: speakerId }, select: speakerRecordSelect });
    await tx.speaker.delete({ where: { id: speakerId } });
    await recordAuditEntry(tx, actor, { action: "speaker.delete", entityType: "speaker", entityId: speakerId, summary: before.name, before });
    return { ok: true as const, name: before.name };
  });
}
