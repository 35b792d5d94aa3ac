import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "../db";
import { env, siteUrl } from "../env";
import { authenticate } from "./authenticate";
import { sessionCookieFor, type SessionCookie } from "./session-cookie-policy";
import { findSessionUser } from "./session-user";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const SESSION_ENDED = "This session has ended.";

/** Secure (https-only, __Secure- prefixed) cookies whenever the site is served over https. */
export function sessionCookie(): SessionCookie {
  return sessionCookieFor(siteUrl());
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
    logger: {
      error(code, metadata) {
        // A signed-out cookie sent again is worth one line (it may have been
        // copied), not next-auth's stack trace.
        const message = metadata instanceof Error ? metadata.message : (metadata as { message?: unknown }).message;
        if (code === "JWT_SESSION_ERROR" && message === SESSION_ENDED) {
          console.warn("[auth] refused a session token that had been ended by signing out or a password change");
          return;
        }
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as typeof user & { role?: string; sessionVersion?: number };
          token.role = signedIn.role;
          token.sessionVersion = signedIn.sessionVersion;
          return token;
        }
        // next-auth's own endpoints (/api/auth/session) read an existing token
        // here. One ended by signing out or a password change must not be
        // answered, nor given a fresh expiry: throwing makes next-auth answer
        // {} and clear the cookie.
        if (!(await findSessionUser(prisma, token))) throw new Error(SESSION_ENDED);
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
      },
    },
  };
}
