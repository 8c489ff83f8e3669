/**
 * Benchmark helpers: start the built app on a fresh DATA_DIR, wait for health, sign in, import the
 * sample journey, stop.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { JourneyDocument } from "../shared/journeys/document.js";
import { buildSampleJourney } from "../shared/journeys/fixtures.js";
import { startEmbeddedPostgres } from "../server/db/embedded.js";
import { adminQuery, freePort } from "../tests/processes.js";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export { freePort };

export function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-bench-"));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** An embedded PostgreSQL in `dir` with an empty `tutti` database, for a Tutti to migrate and use. */
export async function startBenchDatabase(dir: string, name: string) {
  const embedded = await startEmbeddedPostgres(dir, name, () => {});
  await adminQuery(embedded.serverUrl, "CREATE DATABASE tutti");
  return { embedded, databaseUrl: `${embedded.serverUrl}/tutti` };
}

export type Running = { child: ChildProcess; port: number; url: string; ms: number };

/** Spawns `node dist/server/main.js` and resolves once /api/health answers 200. */
export async function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn", DATABASE_URL: "", RATE_LIMIT_MAX: "100000", ...extraEnv },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return { child, port, url: `http://127.0.0.1:${port}`, ms: performance.now() - startedAt };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill("SIGKILL");
  throw new Error("not healthy within 60 s");
}

export async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Signs a demo account in; returns the cookie header to send. */
export async function signIn(running: Running, email = "sophie.durand@demo.tutti.fr"): Promise<string> {
  const response = await fetch(`${running.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://localhost:${running.port}` },
    body: JSON.stringify({ email, password: "tutti-demo-2026" }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/**
 * Imports the benchmarks' sample journey (40 steps × 12 stakeholder types, 100 links, seed 7) into
 * the signed-in person's active organisation; returns the document sent and the map the API answered.
 */
export async function importSampleJourney(
  running: Running,
  cookie: string,
): Promise<{ organisationId: string; doc: JourneyDocument; map: { journey: { id: string }; cells: unknown[]; links: unknown[] } }> {
  const me = (await (await fetch(`${running.url}/api/v1/me`, { headers: { cookie } })).json()) as { activeOrganisationId: string };
  const doc = buildSampleJourney({ steps: 40, stakeholders: 12, links: 100, seed: 7 });
  const created = await fetch(`${running.url}/api/v1/organisations/${me.activeOrganisationId}/journeys`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: `http://localhost:${running.port}` },
    body: JSON.stringify({ document: doc }),
  });
  if (created.status !== 201) throw new Error(`import failed: ${created.status} ${await created.text()}`);
  return { organisationId: me.activeOrganisationId, doc, map: await created.json() };
}
