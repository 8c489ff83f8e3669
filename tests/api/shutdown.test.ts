/**
 * Shutdown (issue 10, finding 17: "SIGTERM crashes on exit: Release called on client which has
 * already been released"). The live hubs keep one LISTEN connection each; when PostgreSQL cut it
 * after close() had given it back to the pool, the hub's error handler released it a second time
 * and the throw, inside an event handler, crashed the process. Attack: close the hubs, then have
 * PostgreSQL terminate every connection that ever LISTENed — nothing may throw.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app.js";

let app: TestApp;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  app = await createTestApp();
  process.on("uncaughtException", onUncaught);
});

afterAll(async () => {
  process.off("uncaughtException", onUncaught);
  await app.destroy();
});

async function terminateListeners(databaseUrl: string): Promise<number> {
  const admin = new pg.Client({ connectionString: `${inject("pgServerUrl")}/postgres` });
  await admin.connect();
  try {
    const database = new URL(databaseUrl).pathname.slice(1);
    const result = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query ILIKE '%listen%' AND pid <> pg_backend_pid()",
      [database],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe("closing the live hubs, then losing their connections", () => {
  it("never releases a LISTEN connection twice (no crash after close)", async () => {
    await app.ctx.workshopHub.listen();
    const unsubscribe = await app.ctx.journeyEvents.subscribe("00000000-0000-4000-8000-000000000000", () => undefined);
    unsubscribe();
    await app.ctx.workshopHub.close();
    await app.ctx.journeyEvents.close();
    await terminateListeners(app.databaseUrl);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(uncaught.map(String)).toEqual([]);
    expect(await app.ctx.pool.query("SELECT 1 AS ok").then((r) => r.rows[0].ok)).toBe(1);
  });
});
