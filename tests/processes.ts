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

/** Runs one statement on the server's `postgres` database (CREATE/DROP DATABASE for these tests). */
export async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(text);
  await admin.end();
}
