/**
 * Entry point: environment → (embedded PostgreSQL in DATA_DIR, or DATABASE_URL) → migrations →
 * demo seed on an empty database → HTTP server. On SIGINT/SIGTERM/SIGHUP it closes the app (sockets, jobs,
 * LISTEN clients, pool) first, then stops PostgreSQL, and exits 0. Any failure on the way prints
 * one sentence (server/db/startup-error.ts) and exits non-zero — the stack only with LOG_LEVEL=debug.
 */
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { bootTutti, type Tutti } from "./boot.js";
import { DataDirLockedError, lockDataDir } from "./db/data-dir-lock.js";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "./db/embedded.js";
import { loadLocalSecrets } from "./db/local-secrets.js";
import { describeStartupFailure, StartupError } from "./db/startup-error.js";
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

/** Fails fast (before PostgreSQL starts) when the HTTP port is taken. */
async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** What is running, so that a failure or a signal stops it in the right order. */
const running: { tutti: Tutti | null; embedded: EmbeddedDatabase | null; releaseLock: (() => void) | null; isDebug: boolean } = {
  tutti: null,
  embedded: null,
  releaseLock: null,
  isDebug: false,
};

/** Closes the app first (its connections), then PostgreSQL, then the DATA_DIR lock. Never throws. */
async function stopEverything(): Promise<void> {
  const { tutti, embedded } = running;
  running.tutti = null;
  running.embedded = null;
  if (tutti) await withDeadline(tutti.close(), 20_000, "closing the app").catch(report);
  if (embedded) await withDeadline(embedded.stop(), 35_000, "stopping PostgreSQL").catch(report);
  running.releaseLock?.();
}

async function withDeadline(work: Promise<void>, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  try {
    await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function report(error: unknown): void {
  console.error(running.isDebug ? error : `While stopping: ${(error as Error).message ?? String(error)}`);
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  let parsed: ReturnType<typeof parseEnv>;
  try {
    parsed = parseEnv(readProcessEnv());
  } catch (error) {
    throw new StartupError((error as Error).message, 78);
  }
  const say = (line: string) => parsed.LOG_LEVEL !== "silent" && console.log(line);
  const isDebug = parsed.LOG_LEVEL === "debug" || parsed.LOG_LEVEL === "trace";
  running.isDebug = isDebug;
  const phase = (name: string) =>
    isDebug && console.log(`[start] ${name} at ${(performance.now() - startedAt).toFixed(0)} ms (process ${process.uptime().toFixed(2)} s)`);
  phase("environment read");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal} received: stopping Tutti…`);
    await stopEverything();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGHUP", () => void stop("SIGHUP"));

  await checkPortFree(parsed.PORT, parsed.HOST);
  let databaseUrl = parsed.DATABASE_URL;
  let secret = parsed.SECRET;
  if (!databaseUrl) {
    try {
      running.releaseLock = lockDataDir(parsed.dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) throw new StartupError(error.message, 75);
      throw error;
    }
    const secrets = loadLocalSecrets(parsed.dataDir);
    secret ??= secrets.secret;
    running.embedded = await startEmbeddedPostgres(parsed.dataDir, secrets.postgresPassword, (line) => isDebug && console.log(`[postgres] ${line}`), {
      runtimeDir: path.resolve(parsed.PG_RUNTIME_DIR),
    });
    phase("embedded PostgreSQL started");
    databaseUrl = await ensureDatabase(running.embedded.serverUrl, "tutti");
  }
  if (!secret) {
    throw new StartupError("SECRET is required with DATABASE_URL (at least 32 random characters, e.g. `openssl rand -base64 32`).", 78);
  }
  const env: Env = { ...parsed, secret, isSecretGenerated: !parsed.SECRET };

  const tutti = await bootTutti(env, databaseUrl, running.embedded ? "embedded" : "external");
  running.tutti = tutti;
  phase("migrations applied, app built");

  let seeded = false;
  if (env.SEED_DEMO === "auto" && (await isDatabaseEmpty(tutti.ctx))) {
    await seedDemo(tutti.ctx);
    seeded = true;
  }
  phase("seed checked");
  await tutti.app.listen({ port: env.PORT, host: env.HOST });
  phase("listening");
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const { embedded } = running;
  say(`\nTutti is ready in ${seconds} s: ${env.publicUrl}`);
  if (!embedded) say("  database: external PostgreSQL (DATABASE_URL)");
  else if (embedded.clusterDir.startsWith(env.dataDir)) say(`  database: embedded PostgreSQL ${embedded.major} in ${embedded.clusterDir}`);
  else say(`  database: embedded PostgreSQL ${embedded.major}, data in ${embedded.clusterDir} (the postgres user cannot reach ${env.dataDir}, which keeps the secrets)`);
  if (seeded || embedded) {
    say(`  demo sign-in: marie.lefevre@demo.tutti.fr (programme manager) or sophie.durand@demo.tutti.fr (owner), password "${demoPassword}"`);
  }
  if (!env.SMTP_URL) say("  e-mail: no SMTP_URL, messages are kept in Administration → Outbox");
  say(`  API reference: ${env.publicUrl}/api/docs\n`);
}

main().catch(async (error) => {
  const { sentence, exitCode } = describeStartupFailure(error);
  console.error(sentence);
  if (running.isDebug && !(error instanceof StartupError)) console.error(error);
  await stopEverything();
  process.exit(exitCode);
});
