/**
 * Secrets generated on first start and kept in DATA_DIR (mode 0600) when none are configured:
 * the embedded PostgreSQL password and, in demo mode, the session SECRET.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type LocalSecrets = { postgresPassword: string; secret: string };

/** Reads DATA_DIR/secrets.json, creating it with fresh random values the first time. */
export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(24).toString("base64url"),
    secret: randomBytes(32).toString("base64url"),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
