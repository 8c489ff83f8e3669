/**
 * A real Tutti for one test file: its own database (copied from the migrated template), the
 * real app, real better-auth, the real job runner. No mock of our own database anywhere.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { bootTutti, type Tutti } from "../server/boot.js";
import { type Env, parseEnv } from "../server/env.js";

export type TestApp = Tutti & { databaseUrl: string; destroy: () => Promise<void> };

export const testOrigin = "http://localhost:3999";

export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const serverUrl = inject("pgServerUrl");
  const name = `tutti_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
  await admin.end();
  const databaseUrl = `${serverUrl}/${name}`;
  const parsed = parseEnv({ NODE_ENV: "test", LOG_LEVEL: "silent", PORT: "3999", PUBLIC_URL: testOrigin, DATA_DIR: "/tmp/tutti-unused", ...overrides });
  const env: Env = { ...parsed, secret: randomBytes(32).toString("base64url"), isSecretGenerated: false };
  const tutti = await bootTutti(env, databaseUrl, inject("databaseKind"), { jobPollMs: 200 });
  return {
    ...tutti,
    databaseUrl,
    destroy: async () => {
      await tutti.close();
      const drop = new pg.Client({ connectionString: `${serverUrl}/postgres` });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
