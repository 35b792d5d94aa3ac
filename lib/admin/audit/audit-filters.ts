import { z } from "zod";
import { calendarDaySchema } from "../../dates/calendar-day";
import { singleLineText } from "../../forms/text-fields";
import type { Prisma } from "../../generated/prisma/client";
import { localDayBounds } from "../../programme/event-time";
import type { AuditEntityType } from "../audit-log";

export const AUDIT_PAGE_SIZE = 50;
/** The audit log's days are London days, whatever week the entries are about. */
export const AUDIT_TIME_ZONE = "Europe/London";

export const auditEntityTypes = [
  "event",
  "theme",
  "speaker",
  "session",
  "registration",
  "user",
  "certificate",
  "email",
  "observation",
  "message",
] as const satisfies readonly AuditEntityType[];

export type AuditFilters = {
  page: number;
  actor?: string;
  entityType?: AuditEntityType;
  action?: string;
  /** yyyy-MM-dd, first London day included. */
  from?: string;
  /** yyyy-MM-dd, last London day included. */
  to?: string;
  entityId?: string;
};

export const auditFilterFields = ["actor", "entityType", "action", "from", "to", "entityId"] as const;

const isoDay = calendarDaySchema("dateInvalid");

const fieldSchemas = {
  actor: singleLineText(254).transform((value) => value.toLowerCase()),
  entityType: z.enum(auditEntityTypes, { error: "entityTypeInvalid" }),
  action: singleLineText(100),
  from: isoDay,
  to: isoDay,
  entityId: singleLineText(100),
};

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/**
 * Reads the filter form's query parameters. Each bad value is dropped (the
 * log is still shown, unfiltered by it) and named with a message key, so the
 * page can say what is wrong beside that field.
 */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
} {
  const values: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};
  const page = Number.parseInt(single(params.page), 10);
  const filters: AuditFilters = { page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
  for (const field of auditFilterFields) {
    const raw = single(params[field]);
    values[field] = raw;
    if (!raw) continue;
    const parsed = fieldSchemas[field].safeParse(raw);
    if (!parsed.success) {
      fieldErrors[field] = parsed.error.issues[0]?.message ?? "invalid";
      continue;
    }
    Object.assign(filters, { [field]: parsed.data });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    fieldErrors.to = "toBeforeFrom";
    delete filters.to;
  }
  return { filters, values, fieldErrors };
}

/** The Prisma condition for the filters; dates become the UTC instants at which London days start. */
export function auditWhere(filters: AuditFilters): Prisma.AuditEntryWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = localDayBounds(filters.from, AUDIT_TIME_ZONE).start;
  if (filters.to) createdAt.lt = localDayBounds(filters.to, AUDIT_TIME_ZONE).end;
  return {
    ...(filters.actor ? { actorEmail: filters.actor } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

/** The query string for the same filters on another page (empty values left out). */
export function auditQueryString(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const field of auditFilterFields) {
    const value = filters[field];
    if (value) params.set(field, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
