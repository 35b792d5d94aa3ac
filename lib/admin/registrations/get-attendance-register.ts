import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import type { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";
import { personSelect, sessionHeaderSelect } from "./session-header";

/** The name filter as typed, trimmed and kept to a sensible length. */
export function normaliseNameFilter(q: unknown): string {
  return typeof q === "string" ? q.trim().slice(0, 100) : "";
}

/**
 * The register for the day: everyone with a confirmed place, by name,
 * optionally filtered by part of their name or email, with the running totals
 * (always over the whole register, whatever the filter). Null when there is no
 * such session.
 */
export async function getAttendanceRegister(db: PrismaClient, actor: CurrentUser, input: { sessionId: string; q?: unknown }) {
  assertOrganiser(actor);
  const session = await db.session.findUnique({ where: { id: input.sessionId }, select: sessionHeaderSelect });
  if (!session) return null;
  const q = normaliseNameFilter(input.q);
  const confirmed = { sessionId: session.id, status: "CONFIRMED" } satisfies Prisma.RegistrationWhereInput;
  const matching: Prisma.RegistrationWhereInput = q
    ? { ...confirmed, user: { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } }
    : confirmed;
  const [people, groups] = await Promise.all([
    db.registration.findMany({
      where: matching,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: { id: true, attendance: true, attendanceMarkedAt: true, user: { select: personSelect } },
    }),
    db.registration.groupBy({ by: ["attendance"], where: confirmed, _count: { _all: true } }),
  ]);
  const count = (attendance: "ATTENDED" | "ABSENT" | "UNMARKED") => groups.find((group) => group.attendance === attendance)?._count._all ?? 0;
  const totals = { attended: count("ATTENDED"), absent: count("ABSENT"), unmarked: count("UNMARKED") };
  return { session, q, people, totals: { ...totals, confirmed: totals.attended + totals.absent + totals.unmarked } };
}

export type AttendanceRegister = NonNullable<Awaited<ReturnType<typeof getAttendanceRegister>>>;
