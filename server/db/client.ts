/**
 * The PostgreSQL pool and the drizzle instance over it, plus migrations applied at start under
 * an advisory lock so that several app nodes starting together migrate once.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { migrationsDir } from "../paths.js";
import * as schema from "./schema.js";

export type Database = ReturnType<typeof createDatabase>["db"];

export function createDatabase(connectionString: string, max = 10) {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
  pool.on("error", () => {
    // An idle client lost its connection (database restart); the pool replaces it.
  });
  const db = drizzle(pool, { schema });
  return { pool, db };
}

const migrationLockKey = 7_262_001;

/** Applies pending migrations; safe to call from several nodes at once. */
export async function applyMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
    await migrate(drizzle(client, { schema }), { migrationsFolder: migrationsDir });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]).catch(() => undefined);
    client.release();
  }
}

/** Server kind and version, for /api/health. */
export async function readDatabaseVersion(pool: pg.Pool): Promise<string> {
  const result = await pool.query<{ server_version: string }>("SHOW server_version");
  return result.rows[0]?.server_version ?? "unknown";
}
