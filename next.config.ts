import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { nextConfigHeaderRules } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build folder lets a second build (say, a helper's browser test
  // run) proceed without overwriting the main one. Default: .next
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  experimental: {
    // 'use cache' for the public programme (lib/programme/public-cache.ts)
    // without the rest of Cache Components: every page here reads the
    // request (the signed-in person, the CSP nonce), so none can be prerendered
    // and the data cache is the part that helps. ADR 0006 says why.
    useCache: true,
  },
  // Next.js's in-memory 'use cache' store, told of programme changes made by
  // other server processes and instances (lib/cache/use-cache-handler.cjs).
  cacheHandlers: { default: require.resolve("./lib/cache/use-cache-handler.cjs") },
  // Node-only packages used by the data layer: load them from node_modules at
  // run time rather than bundling them.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "nodemailer", "@node-rs/argon2", "pdfkit", "fontkit", "qrcode"],
  // Welsh pages are the English routes under /cy. proxy.ts has already told
  // the page its language (LOCALE_HEADER); this maps the address, after the
  // proxy and before the file system, in the same pass. (A rewrite returned
  // by the proxy itself costs a second pass through routing and the proxy.)
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/cy", destination: "/" },
        { source: "/cy/:path*", destination: "/:path*" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // Security headers on every response, including route handlers, downloads,
  // /_next/static and public/ files. Pages get proxy.ts's nonce policy, which
  // replaces the Content-Security-Policy set here (same lower-case key).
  async headers() {
    return nextConfigHeaderRules({ development: process.env.NODE_ENV === "development" });
  },
};

export default withNextIntl(nextConfig);
