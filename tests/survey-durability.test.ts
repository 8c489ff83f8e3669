/**
 * kill -9 while answers pour in: the real server (`server/main.ts`) runs as a child process on a
 * database of its own; eight clients post final answers to the JSON endpoint without pause; the
 * child is killed with SIGKILL after a few hundred milliseconds, five times over. Every answer that
 * was acknowledged (2xx) must be in the database, complete, exactly once.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "../server/db/client.js";
import { hashToken } from "../server/modules/surveys/tokens.js";
import { insertOrganisation, insertSurvey } from "./survey-factories.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-durable-"));
fs.chmodSync(dataDir, 0o755);
const databaseName = `tutti_durable_${randomBytes(6).toString("hex")}`;
const databaseUrl = `${inject("pgServerUrl")}/${databaseName}`;
const secret = randomBytes(30).toString("base64url"); // 40 characters
let database: ReturnType<typeof createDatabase>;
let current: ChildProcess | null = null;

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${inject("pgServerUrl")}/postgres` });
  await admin.connect();
  await admin.query(text);
  await admin.end();
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts server/main.ts and resolves once /api/health answers. */
async function startTutti() {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SECRET: secret,
      SEED_DEMO: "never",
      LOG_LEVEL: "warn",
      TEST_DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  current = child;
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Tutti exited: ${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { child, port, exited };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Tutti did not become healthy: ${output}`);
}

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE ${databaseName} TEMPLATE ${inject("templateDatabase")}`);
  database = createDatabase(databaseUrl, 2);
});

afterAll(async () => {
  if (current && current.exitCode === null) current.kill("SIGKILL");
  await database?.pool.end();
  await adminQuery(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("answers survive kill -9", () => {
  it("keeps every acknowledged answer, once", async () => {
    const organisationId = await insertOrganisation(database.db);
    const { survey, publicToken, questions } = await insertSurvey(database.db, organisationId);
    const acknowledged: string[] = [];
    let attempted = 0;

    for (let round = 0; round < 5; round++) {
      const { child, port, exited } = await startTutti();
      let running = true;
      const client = async () => {
        while (running) {
          const key = randomBytes(18).toString("base64url");
          attempted++;
          const body = { key, locale: "fr", answers: { [questions.nps.id]: attempted % 11, [questions.text.id]: `réponse ${key}` }, isFinal: true };
          const status = await fetch(`http://127.0.0.1:${port}/api/v1/public/surveys/${publicToken}/responses`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(5_000),
          }).then(
            (r) => r.status,
            () => 0,
          );
          if (status >= 200 && status < 300) acknowledged.push(key);
          else if (status !== 0) throw new Error(`unexpected status ${status}`);
        }
      };
      const clients = Array.from({ length: 8 }, client);
      // The deliberate delay: let answers be in flight, then pull the plug.
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(Math.random() * 300)));
      child.kill("SIGKILL");
      running = false;
      await exited;
      await Promise.all(clients);
    }

    const last = await startTutti();
    const rows = await database.pool.query<{ resume_token_hash: string; status: string }>(
      "SELECT resume_token_hash, status FROM survey_responses WHERE survey_id = $1",
      [survey.id],
    );
    last.child.kill("SIGTERM");
    await last.exited;

    const stored = new Map<string, string[]>();
    for (const row of rows.rows) stored.set(row.resume_token_hash, [...(stored.get(row.resume_token_hash) ?? []), row.status]);
    console.info(`durability: ${attempted} answers attempted, ${acknowledged.length} acknowledged, ${rows.rowCount} stored`);
    expect(acknowledged.length).toBeGreaterThan(0);
    const missing = acknowledged.filter((key) => stored.get(hashToken(key))?.join() !== "complete");
    expect(missing).toEqual([]);
    expect(new Set(rows.rows.map((r) => r.resume_token_hash)).size).toBe(rows.rowCount);
  }, 150_000);
});
