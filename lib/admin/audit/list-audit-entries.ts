import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../generated/prisma/client";
import { assertOrganiser } from "../authorise";
import { AUDIT_PAGE_SIZE, auditWhere, type AuditFilters } from "./audit-filters";

export type AuditLogPage = {
  entries: {
    id: string;
    createdAt: Date;
    actorEmail: string;
    action: string;
    entityType: string;
    entityId: string;
    summary: string;
    before: unknown;
    after: unknown;
  }[];
  total: number;
  page: number;
  pageCount: number;
  /** Everyone who has made a change, and every action recorded: the filter form's choices. */
  actors: string[];
  actions: string[];
};

/** One page of the audit log, newest first, with the choices for the filter form. Organisers only. */
export async function listAuditEntries(db: PrismaClient, actor: CurrentUser, filters: AuditFilters): Promise<AuditLogPage> {
  assertOrganiser(actor);
  const where = auditWhere(filters);
  const [total, actors, actions] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({ distinct: ["actorEmail"], orderBy: { actorEmail: "asc" }, select: { actorEmail: true } }),
    db.auditEntry.findMany({ distinct: ["action"], orderBy: { action: "asc" }, select: { action: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  // A page past the end (an old bookmark) shows the last page rather than nothing.
  const page = Math.min(filters.page, pageCount);
  const entries = await db.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, createdAt: true, actorEmail: true, action: true, entityType: true, entityId: true, summary: true, before: true, after: true },
  });
  return {
    entries,
    total,
    page,
    pageCount,
    actors: actors.map((row) => row.actorEmail),
    actions: actions.map((row) => row.action),
  };
}
