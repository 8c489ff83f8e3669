/**
 * Every way `npm start` can fail on its way up ends with one sentence that says what to do and a
 * non-zero exit — never a stack trace: port taken, data folder not writable, disk full, a data
 * folder from a newer PostgreSQL, PostgreSQL's programs that cannot be run. And, as root, a clone
 * in a private folder (which the `postgres` user cannot enter) starts: its cluster lives in
 * PG_RUNTIME_DIR. Real `server/main.ts` processes; tmpfs mounts when the test runs as root.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../server/db/embedded.js";
import { freePort, spawnTutti, waitHealthy } from "../processes.js";

const isRoot = process.getuid?.() === 0;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-fail-"));
fs.chmodSync(scratch, 0o755);
const mounts: string[] = [];

function folder(name: string, mode = 0o755): string {
  const dir = path.join(scratch, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, mode);
  return dir;
}

/** Mounts a tmpfs on `dir` (root only); false when this machine does not allow it. */
function mountTmpfs(dir: string, options: string): boolean {
  if (!isRoot) return false;
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "ignore" });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}

/** Starts Tutti and waits for it to exit (it must, on its own). */
async function startAndFail(env: Record<string, string>) {
  const tutti = spawnTutti({ PORT: String(await freePort()), ...env });
  const timeout = setTimeout(() => tutti.child.kill("SIGKILL"), 60_000);
  const code = await tutti.exited;
  clearTimeout(timeout);
  return { code, output: tutti.output().trim() };
}

/** One line, no stack trace, no raw error dump. */
function expectOneSentence(output: string): void {
  expect(output.split("\n"), output).toHaveLength(1);
  expect(output).not.toMatch(/\n\s+at |Error:|\{$/);
  expect(output).toMatch(/[.!]$/);
}

afterAll(() => {
  for (const dir of mounts.reverse()) execFileSync("umount", ["-l", dir], { stdio: "ignore" });
  fs.rmSync(scratch, { recursive: true, force: true });
});

// Each start imports the whole server through tsx: seconds each, more on a busy machine.
describe("a start that cannot succeed says why in one sentence", { timeout: 90_000 }, () => {
  it("port already taken: stops before starting PostgreSQL", async () => {
    const blocker = net.createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => blocker.once("listening", resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const dataDir = folder("port-taken");
    try {
      const { code, output } = await startAndFail({ DATA_DIR: dataDir, PORT: String(port) });
      expect(code).toBe(1);
      expectOneSentence(output);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(fs.existsSync(path.join(dataDir, "pg"))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it("data folder not writable", async () => {
    const parent = folder("read-only");
    let isReadOnly = true;
    if (isRoot) isReadOnly = mountTmpfs(parent, "ro,size=1m,mode=755");
    else fs.chmodSync(parent, 0o555);
    if (!isReadOnly) return; // root without mount rights: root can write anywhere else
    const { code, output } = await startAndFail({ DATA_DIR: path.join(parent, "data") });
    expect(code).toBe(1);
    expectOneSentence(output);
    expect(output).toMatch(isRoot ? /is on a read-only disk: set DATA_DIR to a writable folder/ : /may not write to /);
  });

  it.runIf(isRoot)("disk full while PostgreSQL creates its files (a 12 MB tmpfs)", async () => {
    const dataDir = folder("full");
    if (!mountTmpfs(dataDir, "size=12m,mode=755")) return;
    const { code, output } = await startAndFail({ DATA_DIR: dataDir });
    expect(code).toBe(1);
    expectOneSentence(output);
    expect(output).toContain(`The disk holding ${dataDir}/pg is full`);
  });

  it("a data folder written by a newer PostgreSQL (PG_VERSION 19)", async () => {
    const dataDir = folder("from-the-future");
    fs.mkdirSync(path.join(dataDir, "pg"));
    fs.writeFileSync(path.join(dataDir, "pg", "PG_VERSION"), "19\n");
    const { code, output } = await startAndFail({ DATA_DIR: dataDir });
    expect(code).toBe(1);
    expectOneSentence(output);
    expect(output).toContain("was written by PostgreSQL 19, newer than the embedded PostgreSQL 18");
    expect(fs.existsSync(path.join(dataDir, "tutti.pid"))).toBe(false);
  });

  it("PostgreSQL's programs cannot be run (spawn initdb EACCES)", async () => {
    const fake = folder("not-executable");
    fs.mkdirSync(path.join(fake, "bin"));
    for (const tool of ["initdb", "postgres"]) fs.writeFileSync(path.join(fake, "bin", tool), "#!/bin/sh\n", { mode: 0o644 });
    const attempt = startEmbeddedPostgres(folder("eacces-data"), "secret", () => {}, { install: { root: fake, version: "18.0.0", major: 18 } });
    await expect(attempt).rejects.toThrow(`This user may not run ${fake}/bin/initdb: check that the folder and its parents can be traversed`);
  });

  it.runIf(isRoot)("as root, PG_RUNTIME_DIR that the postgres user cannot reach either", async () => {
    const privateHome = folder("root-private", 0o700);
    const { code, output } = await startAndFail({ DATA_DIR: path.join(privateHome, "tutti", "data"), PG_RUNTIME_DIR: path.join(privateHome, "runtime") });
    expect(code).toBe(1);
    expectOneSentence(output);
    // "cannot run PostgreSQL from" when this clone itself is in a private folder (binaries copied first).
    expect(output).toMatch(/^The postgres system user cannot (reach|run PostgreSQL from) .*runtime.*: make .* traversable/);
  });
});

describe.runIf(isRoot)("root, with the clone in a private folder (chmod 700)", { timeout: 120_000 }, () => {
  it("starts: the cluster lives in PG_RUNTIME_DIR, DATA_DIR keeps the secrets, SIGTERM exits 0", async () => {
    const dataDir = path.join(folder("root-home", 0o700), "tutti", "data");
    const runtimeDir = folder("runtime");
    const port = await freePort();
    const tutti = spawnTutti({ DATA_DIR: dataDir, PG_RUNTIME_DIR: runtimeDir, PORT: String(port), LOG_LEVEL: "info", SEED_DEMO: "never" });
    await waitHealthy(port, 100_000);
    const clusterDir = fs.readFileSync(path.join(dataDir, "pg-location"), "utf8").trim();
    expect(clusterDir.startsWith(path.join(runtimeDir, "clusters"))).toBe(true);
    expect(fs.existsSync(path.join(clusterDir, "PG_VERSION"))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, "secrets.json"))).toBe(true);
    expect(tutti.output()).toContain(`data in ${clusterDir} (the postgres user cannot reach ${dataDir}`);
    tutti.child.kill("SIGTERM");
    expect(await tutti.exited).toBe(0);
    expect(fs.existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);
  });
});
