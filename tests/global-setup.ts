/**
 * Starts one real PostgreSQL for the whole run — the embedded PostgreSQL 18 by default, or the
 * server named by TEST_DATABASE_URL — and prepares a migrated template database that each test
 * file copies into a database of its own.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, createDatabase } from "../server/db/client.js";
import { startEmbeddedPostgres } from "../server/db/embedded.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDatabase: string;
    databaseKind: "embedded" | "external";
  }
}

export default async function setup(project: TestProject) {
  let serverUrl: string;
  let stop = async () => {};
  let kind: "embedded" | "external" = "external";
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = "";
    serverUrl = url.toString().replace(/\/$/, "");
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-test-pg-"));
    fs.chmodSync(dir, 0o755);
    const embedded = await startEmbeddedPostgres(dir, "tutti-test", () => {});
    serverUrl = embedded.serverUrl;
    kind = "embedded";
    stop = async () => {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = `tutti_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const { pool } = createDatabase(`${serverUrl}/${template}`, 2);
  await applyMigrations(pool);
  await pool.end();
  project.provide("pgServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  project.provide("databaseKind", kind);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await stop();
  };
}
