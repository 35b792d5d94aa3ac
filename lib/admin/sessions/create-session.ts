import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { checkSessionForm } from "./check-session-form";
import { fieldErrorsOf, sessionFormSchema } from "./session-form-schema";
import { isSlugConflict } from "./session-slug";
import { sessionSnapshot } from "./session-snapshot";

export type CreateSessionResult = Result<{ sessionId: string; notes: string[] }, never>;

/** Adds a session to a week as a draft, with its speakers in order; publishing is a separate step. */
export async function createSession(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<CreateSessionResult> {
  assertOrganiser(actor);
  const parsed = sessionFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const form = parsed.data;
  try {
    return await db.$transaction(async (tx): Promise<CreateSessionResult> => {
      const checked = await checkSessionForm(tx, form);
      if (!checked.ok) return checked;
      const session = await tx.session.create({
        data: { ...checked.data, status: "DRAFT", speakers: { create: checked.speakers } },
        select: { id: true, title: true },
      });
      await recordAuditEntry(tx, actor, {
        action: "session.create",
        entityType: "session",
        entityId: session.id,
        summary: session.title,
        after: await sessionSnapshot(tx, session.id),
      });
      return { ok: true, sessionId: session.id, notes: checked.notes };
    });
  } catch (error) {
    // Another organiser took the slug between the check and the insert.
    if (isSlugConflict(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}
