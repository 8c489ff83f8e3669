/** Benchmark helper: a Tutti booted in this process on its own embedded PostgreSQL, with the demo seed. */
import fs from "node:fs";
import { bootTutti, type Tutti } from "../server/boot.js";
import { type Env, parseEnv } from "../server/env.js";
import { seedDemo } from "../server/seed/demo.js";
import { freshDataDir, startBenchDatabase } from "./server.js";

export type InProcess = { tutti: Tutti; organisationId: string; databaseUrl: string; close: () => Promise<void> };

export async function startInProcess(): Promise<InProcess> {
  const dir = freshDataDir();
  const { embedded, databaseUrl } = await startBenchDatabase(dir, "bench");
  const env: Env = { ...parseEnv({ LOG_LEVEL: "silent", NODE_ENV: "test", PORT: "3999", PUBLIC_URL: "http://localhost:3999" }), secret: "b".repeat(40), isSecretGenerated: false };
  const tutti = await bootTutti(env, databaseUrl, "embedded");
  await seedDemo(tutti.ctx);
  const org = await tutti.ctx.pool.query<{ id: string }>("SELECT id FROM organization LIMIT 1");
  return {
    tutti,
    organisationId: org.rows[0]?.id as string,
    databaseUrl,
    close: async () => {
      await tutti.close();
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
