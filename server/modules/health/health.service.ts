/** The health of the app and its database, as monitoring reads it. */
import type { Health } from "../../../shared/schemas/health.js";
import type { AppContext } from "../../context.js";
import { readDatabaseVersion } from "../../db/client.js";

export async function readHealth(ctx: AppContext): Promise<Health> {
  let version = "unknown";
  let isReachable = true;
  try {
    version = await readDatabaseVersion(ctx.pool);
  } catch {
    isReachable = false;
  }
  return {
    status: isReachable ? "ok" : "degraded",
    version: ctx.version,
    database: { kind: ctx.databaseKind, version, isReachable },
    uptimeSeconds: Math.round(process.uptime()),
  };
}
