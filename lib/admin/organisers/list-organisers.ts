import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../generated/prisma/client";
import { assertOrganiser } from "../authorise";

export type OrganiserRow = { id: string; name: string; email: string; since: Date };
export type InvitationRow = {
  id: string;
  email: string;
  createdAt: Date;
  invitedBy: { name: string; email: string } | null;
  /** When the newest link stops working; null when none was ever sent (invitations from before links existed). */
  linkExpiresAt: Date | null;
};

/**
 * The organisers (oldest first) and the invitations not yet accepted, in three
 * queries. "Since" is when the role was last given in the admin area, else
 * when the account was created (the first organisers, and invited people who
 * became organisers on signing up).
 */
export async function listOrganisers(db: PrismaClient, actor: CurrentUser): Promise<{ organisers: OrganiserRow[]; invitations: InvitationRow[] }> {
  assertOrganiser(actor);
  const [users, invitations] = await Promise.all([
    db.user.findMany({
      where: { role: "ORGANISER" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, createdAt: true },
    }),
    db.organiserInvitation.findMany({
      where: { acceptedAt: null },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        email: true,
        createdAt: true,
        invitedBy: { select: { name: true, email: true } },
        tokens: { where: { usedAt: null }, orderBy: { expiresAt: "desc" }, take: 1, select: { expiresAt: true } },
      },
    }),
  ]);
  const promotions = await db.auditEntry.findMany({
    where: { entityType: "user", action: { in: ["organiser.promote", "organiser.accept"] }, entityId: { in: users.map((user) => user.id) } },
    orderBy: { createdAt: "desc" },
    select: { entityId: true, createdAt: true },
  });
  const promotedAt = new Map<string, Date>();
  for (const promotion of promotions) if (!promotedAt.has(promotion.entityId)) promotedAt.set(promotion.entityId, promotion.createdAt);
  return {
    organisers: users.map((user) => ({ id: user.id, name: user.name, email: user.email, since: promotedAt.get(user.id) ?? user.createdAt })),
    invitations: invitations.map(({ tokens, ...invitation }) => ({ ...invitation, linkExpiresAt: tokens[0]?.expiresAt ?? null })),
  };
}
