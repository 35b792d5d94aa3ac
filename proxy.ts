import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "./lib/db";
import { embedFrameAncestors, embedWeekSlug } from "./lib/embed/embed-frame-ancestors";
import { checkRequestAddress, refusedAddressAnswer } from "./lib/http/request-address";
import { checkServerActionRequest } from "./lib/http/server-action-request";
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE_SECONDS, LOCALE_HEADER, PAGE_PATH_HEADER, routeLocale, type LocaleRoute } from "./lib/i18n/locale-routing";
import { contentSecurityPolicy, createNonce, isHttpsRequest } from "./lib/security/headers";

// A fresh nonce for every page request. Next.js reads it from the request's
// Content-Security-Policy header while rendering and puts it on its own
// scripts, so only they run. The other security headers (and a nonce-free
// policy for responses this proxy skips) come from next.config.ts headers().
// Authorisation never lives here: every page, action and route checks the caller.
//
// Server action posts are checked first: a malformed envelope (which Next.js
// itself would answer with a 500) gets a plain 400/403/413 here; see
// lib/http/server-action-request.ts.

const refusal = (status: number, reason: string) =>
  new NextResponse(reason, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function proxy(request: NextRequest) {
  // Every address, route handlers under /api included (lib/http/request-address.ts).
  const address = checkRequestAddress(request.nextUrl.pathname, request.nextUrl.search);
  if (!address.ok) {
    const refused = refusedAddressAnswer(request.nextUrl.pathname, address.reason);
    return new NextResponse(refused.body, { status: 400, headers: refused.headers });
  }
  // Route handlers keep next.config.ts's nonce-free policy: no HTML there.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const verdict = await checkServerActionRequest(request);
  if (!verdict.ok) return refusal(verdict.status, verdict.reason);

  // The page's language: Welsh pages are served under /cy from the English
  // page's route, which reads the language from LOCALE_HEADER (set here on
  // every request, so a client cannot choose it with a header of its own).
  // The address itself is rewritten by next.config.ts's rewrites(), after
  // this proxy: a rewrite from here would send the request through routing,
  // and this proxy, a second time (about 5 ms more on every Welsh page).
  const route = routeLocale({
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookie: request.cookies.get(LANGUAGE_COOKIE)?.value,
    isPageNavigation: isPageNavigation(request),
  });
  if (route.kind === "redirect") {
    const response = NextResponse.redirect(new URL(route.location, request.nextUrl), 303);
    response.headers.set("cache-control", "no-store");
    return remember(response, route, request);
  }
  // An embed page may be framed by the websites its week lists; every other page by none.
  const embeddedWeek = embedWeekSlug(route.path);
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === "development",
    https: isHttpsRequest(request.nextUrl.protocol, request.headers.get("x-forwarded-proto")),
    frameAncestors: embeddedWeek ? await embedFrameAncestors(prisma, embeddedWeek) : [],
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set(LOCALE_HEADER, route.locale);
  requestHeaders.set(PAGE_PATH_HEADER, `${route.path}${request.nextUrl.search}`);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  // The same address can answer in either language (an English address
  // sends someone who chose Welsh to /cy), so shared caches must keep them apart.
  response.headers.append("vary", "Cookie");
  return remember(response, route, request);
}

/** A person opening a page: not a prefetch, a router fetch, a server action or a download. */
function isPageNavigation(request: NextRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.headers.has("rsc") || request.headers.has("next-router-prefetch") || request.headers.has("next-action")) return false;
  return (request.headers.get("accept") ?? "").includes("text/html");
}

function remember(response: NextResponse, route: LocaleRoute, request: NextRequest): NextResponse {
  if (route.remember) {
    response.cookies.set(LANGUAGE_COOKIE, route.remember, {
      path: "/",
      maxAge: LANGUAGE_COOKIE_MAX_AGE_SECONDS,
      sameSite: "lax",
      httpOnly: true,
      secure: isHttpsRequest(request.nextUrl.protocol, request.headers.get("x-forwarded-proto")),
    });
  }
  return response;
}

export const config = {
  matcher: [
    // Pages, route handlers and server actions, prefetches included (a
    // request can claim to be a prefetch, so the checks above must not depend
    // on that header): not built files, image optimisation or public/ files
    // (served as they are, with next.config.ts's nonce-free policy).
    "/((?!_next/static|_next/image|favicon\\.svg).*)",
  ],
};
