/**
 * Entry point: environment → (embedded PostgreSQL in DATA_DIR, or DATABASE_URL) → migrations →
 * demo seed on an empty database → HTTP server. Stops PostgreSQL cleanly on SIGINT/SIGTERM.
 */
import pg from "pg";
import { bootTutti } from "./boot.js";
import { DataDirLockedError, lockDataDir } from "./db/data-dir-lock.js";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "./db/embedded.js";
import { loadLocalSecrets } from "./db/local-secrets.js";
import { type Env, parseEnv, readProcessEnv } from "./env.js";
import { demoPassword, isDatabaseEmpty, seedDemo } from "./seed/demo.js";

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  let parsed: ReturnType<typeof parseEnv>;
  try {
    parsed = parseEnv(readProcessEnv());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(78);
  }
  const say = (line: string) => parsed.LOG_LEVEL !== "silent" && console.log(line);
  const isDebug = parsed.LOG_LEVEL === "debug" || parsed.LOG_LEVEL === "trace";
  const phase = (name: string) =>
    isDebug && console.log(`[start] ${name} at ${(performance.now() - startedAt).toFixed(0)} ms (process ${process.uptime().toFixed(2)} s)`);
  phase("environment read");

  let embedded: EmbeddedDatabase | null = null;
  let releaseLock: (() => void) | null = null;
  let databaseUrl = parsed.DATABASE_URL;
  let secret = parsed.SECRET;
  if (!databaseUrl) {
    try {
      releaseLock = lockDataDir(parsed.dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) {
        console.error(error.message);
        process.exit(75);
      }
      throw error;
    }
    const secrets = loadLocalSecrets(parsed.dataDir);
    secret ??= secrets.secret;
    embedded = await startEmbeddedPostgres(parsed.dataDir, secrets.postgresPassword, (line) => {
      if (isDebug) console.log(`[postgres] ${line}`);
    });
    phase("embedded PostgreSQL started");
    databaseUrl = await ensureDatabase(embedded.serverUrl, "tutti");
  }
  if (!secret) {
    console.error("SECRET is required with DATABASE_URL (at least 32 random characters, e.g. `openssl rand -base64 32`).");
    process.exit(78);
  }
  const env: Env = { ...parsed, secret, isSecretGenerated: !parsed.SECRET };

  const tutti = await bootTutti(env, databaseUrl, embedded ? "embedded" : "external");
  phase("migrations applied, app built");
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal} received: stopping Tutti…`);
    await tutti.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    releaseLock?.();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  let seeded = false;
  if (env.SEED_DEMO === "auto" && (await isDatabaseEmpty(tutti.ctx))) {
    await seedDemo(tutti.ctx);
    seeded = true;
  }
  phase("seed checked");
  await tutti.app.listen({ port: env.PORT, host: env.HOST });
  phase("listening");
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  say(`\nTutti is ready in ${seconds} s: ${env.publicUrl}`);
  say(`  database: ${embedded ? `embedded PostgreSQL in ${env.dataDir}` : "external PostgreSQL (DATABASE_URL)"}`);
  if (seeded || embedded) {
    say(`  demo sign-in: marie.lefevre@demo.tutti.fr (programme manager) or sophie.durand@demo.tutti.fr (owner), password "${demoPassword}"`);
  }
  if (!env.SMTP_URL) say("  e-mail: no SMTP_URL, messages are kept in Administration → Outbox");
  say(`  API reference: ${env.publicUrl}/api/docs\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
