import type { CurrentUser } from "../auth/current-user";
import type { Prisma } from "../generated/prisma/client";
import { assertOrganiser } from "./authorise";

export type AuditEntityType = "event" | "theme" | "speaker" | "session" | "registration" | "user" | "certificate" | "email" | "observation" | "message";

export type AuditChange = {
  /** Verb-noun in the entity's words, e.g. "session.update", "registration.cancel". */
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  /** What a person reading the log needs, e.g. the session's title. */
  summary: string;
  /** The record before the change (omit for creations). */
  before?: unknown;
  /** The record after the change (omit for deletions). */
  after?: unknown;
};

/**
 * Records one admin change. Call it inside the same transaction as the change,
 * so the log never lists something that did not happen (or misses something that did).
 */
export async function recordAuditEntry(tx: Prisma.TransactionClient, actor: CurrentUser, change: AuditChange): Promise<void> {
  assertOrganiser(actor);
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      summary: change.summary.slice(0, 300),
      before: toJson(change.before),
      after: toJson(change.after),
    },
  });
}

/** Dates become ISO strings and Decimals plain numbers-as-strings, so the JSON column holds what was seen. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
