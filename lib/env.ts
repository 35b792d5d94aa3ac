import { z } from "zod";

// Read and checked once, on first use: a missing or malformed setting stops the
// start with a message that names it, instead of failing later mid-request.
const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (npm start sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  SITE_URL: z.url({ error: "SITE_URL must be an absolute URL such as https://cpdweek.example.org" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The public address of the site, used in absolute links (sitemap, calendar files, Open Graph). */
export function siteUrl(): string {
  const { SITE_URL, PORT } = env();
  return (SITE_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}
