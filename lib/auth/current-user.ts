import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { cache } from "react";
// Holds the shared client (an exception to ADR 0017): it answers "who is calling" for this request, from its cookie; tests call findSessionUser(db, claims).
import { prisma } from "../db";
import { env } from "../env";
import { safeReturnPath } from "../http/safe-return-path";
import { localePath } from "../i18n/locale-path";
import { sessionCookie } from "./session-cookie";
import { findSessionUser, type SessionUser } from "./session-user";

export type CurrentUser = SessionUser;

/**
 * The signed-in person, or null. The session cookie is next-auth's encrypted
 * JWT; it must carry the account's current session version: changing the
 * password or signing out ends older sessions (docs/decisions/0004).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(sessionCookie().name)?.value;
  if (!token) return null;
  // Checks the encryption and the expiry: a forged, damaged or expired cookie is no session.
  const claims = await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return findSessionUser(prisma, claims);
});

export async function requireUser(returnTo = "/account"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(await localePath(`/sign-in?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`));
  return user;
}

export async function requireOrganiser(returnTo = "/admin"): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ORGANISER") redirect(await localePath("/account?forbidden=1"));
  return user;
}
