/**
 * The only reader of process.env. Parses and validates every variable once at start and
 * fails fast, listing every problem at once.
 */
import path from "node:path";
import { z } from "zod";
import { explainInvalidTrustProxy } from "./http/client-address.js";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  SECRET: z.string().min(32, "SECRET must be at least 32 characters").optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Tutti <no-reply@tutti.local>"),
  REDIS_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO: z.enum(["auto", "never"]).default("auto"),
  /** Run as root only: where the embedded PostgreSQL's binaries are copied, and its data kept, when the `postgres` user cannot reach the clone or DATA_DIR. */
  PG_RUNTIME_DIR: z.string().min(1).default("/var/lib/tutti"),
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(1200),
  /** "true" lets server-side requests (webhooks, SSO discovery) reach private addresses and use http: development and tests only. */
  OUTBOUND_ALLOW_PRIVATE: z.enum(["true", "false"]).default("false"),
  /** DNS servers for domain verification (TXT records), comma-separated `host[:port]`; the system's when empty. */
  DNS_SERVERS: z.string().optional(),
  /** E-mails one organisation may queue in any 24 hours (server/mail/quota.ts). */
  MAIL_QUOTA_PER_DAY: z.coerce.number().int().positive().default(2000),
  /** System e-mails (no organisation: password reset, sign-in link) one address may receive in 24 hours. */
  MAIL_QUOTA_PER_RECIPIENT_PER_DAY: z.coerce.number().int().positive().default(10),
  /** Proxies whose X-Forwarded-For is believed: unset = none; a hop count, or addresses/CIDRs (server/http/client-address.ts). */
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, issue) => {
      const problem = value === undefined ? null : explainInvalidTrustProxy(value);
      if (problem) issue.addIssue({ code: "custom", message: `TRUST_PROXY: ${problem}` });
    }),
});

export type Env = z.infer<typeof envSchema> & {
  /** Absolute path of DATA_DIR. */
  dataDir: string;
  /** Base URL that links in e-mails point to. */
  publicUrl: string;
  /** Secret used to sign sessions and tokens. */
  secret: string;
  /** True when SECRET was not given and one is kept in DATA_DIR (demo mode). */
  isSecretGenerated: boolean;
};

/** Parses an environment record; throws one error listing every invalid variable. */
export function parseEnv(source: Record<string, string | undefined>): Omit<Env, "secret" | "isSecretGenerated"> & { SECRET?: string } {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const publicUrl = (env.PUBLIC_URL ?? `http://${["0.0.0.0", "127.0.0.1", "::"].includes(env.HOST) ? "localhost" : env.HOST}:${env.PORT}`).replace(/\/$/, "");
  return { ...env, dataDir: path.resolve(env.DATA_DIR), publicUrl };
}

/** Reads process.env. Call once, in main or in the test harness. */
export function readProcessEnv(): Record<string, string | undefined> {
  return { ...process.env };
}
