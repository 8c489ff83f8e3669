/**
 * Webhook signing secrets at rest: sealed with a key derived from the server secret
 * (platform/secret-box.ts), opened only to sign a delivery or show a secret's last characters.
 */
import type { Database } from "../../db/client.js";
import type { Env } from "../../env.js";
import { createSecretBox, isSealed, type SecretBox } from "../../platform/secret-box.js";
import { listUnsealedSecrets, setSecrets } from "./webhooks.queries.js";

/** The box of webhook signing secrets. */
export function webhookSecretBox(env: Pick<Env, "secret">): SecretBox {
  return createSecretBox(env.secret, "webhook-secret");
}

/**
 * At start: seals every secret still stored in clear (rows written before encryption at rest).
 * Idempotent: a second run changes nothing. (Receivers' answers older versions kept went with
 * their column, migration 0016.)
 */
export async function sealStoredWebhookSecrets(db: Database, env: Pick<Env, "secret">): Promise<number> {
  const box = webhookSecretBox(env);
  const rows = await listUnsealedSecrets(db);
  await db.transaction(async (tx) => {
    for (const row of rows) {
      const previous = row.previousSecret;
      await setSecrets(tx, row.id, {
        secret: isSealed(row.secret) ? row.secret : box.seal(row.secret),
        previousSecret: previous === null || isSealed(previous) ? previous : box.seal(previous),
      });
    }
  });
  return rows.length;
}
