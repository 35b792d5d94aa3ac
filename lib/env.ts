import { z } from "zod";
import { parseTrustedProxies } from "./http/client-address";

// An empty value (`SMTP_URL=` in a .env file) means "not set", so it falls back
// to the default instead of failing validation.
const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);

// Email settings. All optional, so the zero-configuration start still works:
// without SMTP_URL, emails are written to the outbox folder instead of sent.
const emailSchema = z.object({
  SMTP_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .url({
        protocol: /^smtps?$/,
        hostname: /./,
        error: "SMTP_URL must be an smtp:// or smtps:// URL such as smtps://user:password@smtp.example.org:465",
      })
      .optional(),
  ),
  EMAIL_FROM: z.preprocess(unsetWhenEmpty, z.string().default("CPD Week <no-reply@cpdweek.localhost>")),
  /** Where emails go when SMTP_URL is not set; relative paths are from the working directory. */
  EMAIL_OUTBOX_DIR: z.preprocess(unsetWhenEmpty, z.string().default(".data/outbox")),
});

// Read and checked once, on first use: a missing or malformed setting stops the
// start with a message that names it, instead of failing later mid-request.
const envSchema = emailSchema.extend({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (npm start sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  SITE_URL: z.preprocess(unsetWhenEmpty, z.url({ error: "SITE_URL must be an absolute URL such as https://cpdweek.example.org" }).optional()),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is required to sign session cookies (npm start makes one in .data/)" })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Proxies whose X-Forwarded-For is believed (lib/http/client-address.ts); scripts/serve.ts reads it too. */
  TRUSTED_PROXIES: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .optional()
      .superRefine((value, context) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        }
      }),
  ),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;
export type EmailSettings = z.infer<typeof emailSchema>;

function parseWith<Schema extends z.ZodType>(schema: Schema, source: Record<string, string | undefined>): z.infer<Schema> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  return parseWith(envSchema, source);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * The email settings, read afresh on every call (unlike env()): they are
 * cheap to check, and tests switch between SMTP and the outbox by changing
 * process.env between cases.
 */
export function emailSettings(): EmailSettings {
  return parseWith(emailSchema, process.env);
}

/** The public address of the site, used in absolute links (sitemap, calendar files, Open Graph). */
export function siteUrl(): string {
  const { SITE_URL, PORT } = env();
  return (SITE_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}
