/**
 * kill -9 while answers pour in: the real server (`server/main.ts`) runs as a child process on a
 * database of its own; eight clients post final answers to the JSON endpoint without pause; the
 * child is killed with SIGKILL after a few hundred milliseconds, five times over. Every answer that
 * was acknowledged (2xx) must be in the database, complete, exactly once.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "../../server/db/client.js";
import { hashToken } from "../../server/modules/surveys/tokens.js";
import { adminQuery, startTuttiProcess } from "../processes.js";
import { insertOrganisation, insertSurvey } from "../survey-factories.js";

const databaseName = `tutti_durable_${randomBytes(6).toString("hex")}`;
const databaseUrl = `${inject("pgServerUrl")}/${databaseName}`;
const secret = randomBytes(30).toString("base64url"); // 40 characters
let database: ReturnType<typeof createDatabase>;
let current: ChildProcess | null = null;

/** Starts server/main.ts on the test database and resolves once /api/health answers. */
async function startTutti() {
  const started = await startTuttiProcess(databaseUrl, { SECRET: secret });
  current = started.child;
  return started;
}

beforeAll(async () => {
  await adminQuery(inject("pgServerUrl"), `CREATE DATABASE ${databaseName} TEMPLATE ${inject("templateDatabase")}`);
  database = createDatabase(databaseUrl, 2);
});

afterAll(async () => {
  if (current && current.exitCode === null) current.kill("SIGKILL");
  await database?.pool.end();
  await adminQuery(inject("pgServerUrl"), `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => undefined);
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
