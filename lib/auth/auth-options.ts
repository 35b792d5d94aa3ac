import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "../db";
import { env, siteUrl } from "../env";
import { authenticate } from "./authenticate";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Secure (https-only, __Secure- prefixed) cookies whenever the site is served over https. */
export function sessionCookie() {
  const secure = siteUrl().startsWith("https://");
  return {
    name: secure ? "__Secure-cpdweek.session-token" : "cpdweek.session-token",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

// next-auth issues and reads the signed, encrypted session (a JWT in an
// http-only cookie). Our own sign-in form (a server action, works without
// JavaScript) uses the same authenticate() as the credentials provider here.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: { sessionToken: sessionCookie() },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const forwarded = request.headers?.["x-forwarded-for"];
          const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() || "unknown";
          const result = await authenticate(prisma, credentials, ip);
          return result.ok ? { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as typeof user & { role?: string; sessionVersion?: number };
          token.role = signedIn.role;
          token.sessionVersion = signedIn.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
      },
    },
  };
}
