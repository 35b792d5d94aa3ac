import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { bookingRuleSelect, effectiveBookingRule } from "../../registration/booking-rule";
import { assertOrganiser } from "../authorise";
import { recordIdSchema } from "../registrations/registration-schemas";

/**
 * A session's "who may book" page: its rule (and its week's), its
 * invitation codes with the uses each has had, and the requests waiting
 * for a decision, oldest first (those decided are counted).
 */
export async function getSessionBooking(db: PrismaClient, actor: CurrentUser, sessionId: unknown) {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(sessionId);
  if (!id.success) return null;
  const session = await db.session.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      title: true,
      titleCy: true,
      slug: true,
      status: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      unlisted: true,
      ...bookingRuleSelect,
      event: { select: { id: true, title: true, timeZone: true, ...bookingRuleSelect } },
      invitationCodes: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          code: true,
          label: true,
          maxUses: true,
          expiresAt: true,
          createdAt: true,
          _count: { select: { registrations: { where: { status: { not: "CANCELLED" } } } } },
        },
      },
    },
  });
  if (!session) return null;
  const [pending, decided] = await Promise.all([
    db.bookingRequest.findMany({
      where: { sessionId: session.id, status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { id: true, createdAt: true, user: { select: { name: true, email: true, organisation: true, jobRole: true } } },
    }),
    db.bookingRequest.groupBy({ by: ["status"], where: { sessionId: session.id, status: { not: "PENDING" } }, _count: { _all: true } }),
  ]);
  const { invitationCodes, ...rest } = session;
  return {
    session: rest,
    effective: effectiveBookingRule(session),
    codes: invitationCodes.map(({ _count, ...code }) => ({ ...code, uses: _count.registrations })),
    pending,
    approved: decided.find((group) => group.status === "APPROVED")?._count._all ?? 0,
    declined: decided.find((group) => group.status === "DECLINED")?._count._all ?? 0,
  };
}

export type SessionBooking = NonNullable<Awaited<ReturnType<typeof getSessionBooking>>>;

/** The person whose request on this session was decided, to name them in the page's confirmation (the address carries only the request's id). */
export async function findDecidedRequest(db: PrismaClient, actor: CurrentUser, sessionId: string, requestId: unknown) {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(requestId);
  if (!id.success) return null;
  const request = await db.bookingRequest.findFirst({
    where: { id: id.data, sessionId, status: { not: "PENDING" } },
    select: { user: { select: { name: true } } },
  });
  return request ? { name: request.user.name } : null;
}
