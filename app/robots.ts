import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // Private areas in both languages (Welsh pages live under /cy).
    rules: { userAgent: "*", allow: "/", disallow: ["/account", "/admin", "/api", "/cy/account", "/cy/admin"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
