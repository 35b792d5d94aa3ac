import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { firstFreeSlug } from "./session-slug";
import { sessionSnapshot } from "./session-snapshot";

export type DuplicateSessionResult = Result<{ sessionId: string }, "notFound">;

/** A draft copy of a session, "(copy)" after its title ("(copi)" after its Welsh one), with a fresh slug and the same speakers; no registrations. */
export async function duplicateSession(db: PrismaClient, actor: CurrentUser, sessionId: string): Promise<DuplicateSessionResult> {
  assertOrganiser(actor);
  return db.$transaction(async (tx): Promise<DuplicateSessionResult> => {
    const source = await tx.session.findUnique({
      where: { id: sessionId },
      include: { speakers: { select: { speakerId: true, part: true, position: true } } },
    });
    if (!source) return { ok: false, refusal: "notFound" };
    // The copy gets a public number of its own (the schedule files' event id), not the original's.
    const { id: _id, number: _number, createdAt: _createdAt, updatedAt: _updatedAt, cancelledAt: _cancelledAt, speakers, ...fields } = source;
    const copy = await tx.session.create({
      data: {
        ...fields,
        title: `${source.title.slice(0, 190)} (copy)`,
        // The Welsh title says so too, or a Welsh page would show the copy under the original's name.
        titleCy: source.titleCy ? `${source.titleCy.slice(0, 190)} (copi)` : null,
        slug: await firstFreeSlug(tx, `${source.slug.slice(0, 90).replace(/-+$/, "")}-copy`),
        status: "DRAFT",
        speakers: { create: speakers },
      },
      select: { id: true, title: true },
    });
    await recordAuditEntry(tx, actor, {
      action: "session.duplicate",
      entityType: "session",
      entityId: copy.id,
      summary: copy.title,
      before: { copiedFrom: sessionId },
      after: await sessionSnapshot(tx, copy.id),
    });
    return { ok: true, sessionId: copy.id };
  });
}
