/**
 * Exclusive ownership of DATA_DIR for the life of this process, as PostgreSQL does it:
 * a pid file created atomically, checked for a live process when it already exists.
 * A lock left by a crashed (kill -9) process names a dead pid and is taken over.
 */
import fs from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`DATA_DIR ${dataDir} is already used by another Tutti process (pid ${pid}): stop that process first, or start this one with another DATA_DIR.`);
    this.name = "DataDirLockedError";
  }
}

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Creates DATA_DIR if needed and checks that this process may write in it; the error thrown names
 * the folder and the reason (EACCES, EROFS, ENOSPC…), so the caller can say it in one sentence.
 */
export function prepareDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    // A recursive mkdir on a read-only disk says ENOENT: ask the nearest existing folder why.
    let existing = path.dirname(dataDir);
    while (!fs.existsSync(existing) && existing !== path.dirname(existing)) existing = path.dirname(existing);
    fs.accessSync(existing, fs.constants.W_OK);
    throw error;
  }
  fs.accessSync(dataDir, fs.constants.W_OK | fs.constants.X_OK);
}

/** Takes the lock or throws DataDirLockedError. Returns a release function. */
export function lockDataDir(dataDir: string): () => void {
  prepareDataDir(dataDir);
  const lockFile = path.join(dataDir, "tutti.pid");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockFile, "utf8").trim(), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) throw new DataDirLockedError(dataDir, owner);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
