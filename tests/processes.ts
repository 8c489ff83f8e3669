/**
 * Real Tutti processes for tests that kill them: `server/main.ts` as a child process on a given
 * database, each with its own DATA_DIR and port, resolved once /api/health answers.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type TuttiProcess = { child: ChildProcess; port: number; url: string; exited: Promise<void>; output: () => string };

export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startTuttiProcess(databaseUrl: string, env: Record<string, string>): Promise<TuttiProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-node-"));
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, NODE_ENV: "test", DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: databaseUrl, SEED_DEMO: "never", LOG_LEVEL: "warn", TEST_DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve())).then(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Tutti exited: ${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { child, port, url: `http://127.0.0.1:${port}`, exited, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`Tutti did not become healthy: ${output}`);
}

/** A `server/main.ts` process as `npm start` runs it (embedded PostgreSQL unless DATABASE_URL), with its output and exit. */
export function spawnTutti(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, LOG_LEVEL: "warn", TEST_DATABASE_URL: "", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Resolves once GET /api/health answers 200 on `port`; throws after `deadlineMs`. */
export async function waitHealthy(port: number, deadlineMs = 120_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const isHealthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (isHealthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("Tutti did not become healthy");
}

/** Runs one statement on the server's `postgres` database (CREATE/DROP DATABASE for these tests). */
export async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(text);
  await admin.end();
}
