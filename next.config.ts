import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build folder lets a second build (say, a helper's browser test
  // run) proceed without overwriting the main one. Default: .next
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Node-only packages used by the data layer: load them from node_modules at
  // run time rather than bundling them.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "nodemailer", "@node-rs/argon2", "pdfkit", "fontkit", "qrcode"],
};

export default withNextIntl(nextConfig);
