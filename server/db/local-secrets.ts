/**
 * Secrets generated on first start and kept in DATA_DIR (mode 0600) when none are configured:
 * the embedded PostgreSQL password and, in demo mode, the session SECRET.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "./startup-error.js";

export type LocalSecrets = { postgresPassword: string; secret: string };

/** Reads DATA_DIR/secrets.json, creating it with fresh random values the first time (written whole or not at all). */
export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) {
    try {
      const secrets = JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
      if (typeof secrets.postgresPassword === "string" && typeof secrets.secret === "string") return secrets;
    } catch {
      // told below
    }
    throw new StartupError(
      `${file} is damaged (it holds the embedded database's password): restore it from a backup, or move DATA_DIR away to start afresh.`,
    );
  }
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(24).toString("base64url"),
    secret: randomBytes(32).toString("base64url"),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(partial, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return secrets;
}
