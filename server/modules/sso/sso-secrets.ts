/**
 * SSO client secrets at rest. Tutti writes the identity provider's row (ssoProvider.oidcConfig,
 * JSON) with `clientSecret` sealed (platform/secret-box.ts); better-auth reads that row to
 * exchange a code for tokens, through the Kysely database given to it here, whose plugin opens
 * the sealed secret in the rows read. The database never holds the secret in clear.
 */
import { Kysely, type KyselyPlugin, PostgresDialect, type UnknownRow } from "kysely";
import type { Pool } from "pg";
import type { Database } from "../../platform/database.js";
import type { Env } from "../../env.js";
import { createSecretBox, isSealed, type SecretBox } from "../../platform/secret-box.js";
import { listProvidersNotSealed, updateOidcConfig } from "./sso.queries.js";

type OidcConfig = { clientSecret?: string } & Record<string, unknown>;

/** The box of SSO client secrets. */
export function ssoSecretBox(env: Pick<Env, "secret">): SecretBox {
  return createSecretBox(env.secret, "sso-client-secret");
}

/** The stored form of an OIDC configuration: its client secret sealed. */
export function sealOidcConfig(box: SecretBox, config: OidcConfig): string {
  const secret = config.clientSecret;
  return JSON.stringify(secret && !isSealed(secret) ? { ...config, clientSecret: box.seal(secret) } : config);
}

/** An OIDC configuration as stored, with its client secret opened (a row that is not JSON is left as it is). */
export function openOidcConfig(box: SecretBox, stored: string): string {
  if (!stored.includes("tsb1:")) return stored;
  try {
    const config = JSON.parse(stored) as OidcConfig;
    return typeof config.clientSecret === "string" ? JSON.stringify({ ...config, clientSecret: box.open(config.clientSecret) }) : stored;
  } catch {
    return stored;
  }
}

/** Opens the sealed client secret of every ssoProvider row better-auth reads (the only table with an `oidcConfig` column). */
class OpenSsoSecretsPlugin implements KyselyPlugin {
  constructor(private readonly box: SecretBox) {}
  transformQuery: KyselyPlugin["transformQuery"] = (args) => args.node;
  transformResult: KyselyPlugin["transformResult"] = async (args) => {
    const rows = args.result.rows as UnknownRow[];
    if (!rows.some((row) => typeof row.oidcConfig === "string")) return args.result;
    return {
      ...args.result,
      rows: rows.map((row) => (typeof row.oidcConfig === "string" ? { ...row, oidcConfig: openOidcConfig(this.box, row.oidcConfig) } : row)),
    };
  };
}

/** better-auth's database: the same pool, through Kysely with the plugin that opens SSO client secrets. */
export function authDatabase(pool: Pool, env: Pick<Env, "secret">) {
  const db = new Kysely<Record<string, unknown>>({ dialect: new PostgresDialect({ pool }), plugins: [new OpenSsoSecretsPlugin(ssoSecretBox(env))] });
  return { db, type: "postgres" as const, transaction: true };
}

/** At start: seals the client secrets of rows written before encryption at rest. Idempotent. */
export async function sealStoredSsoSecrets(db: Database, env: Pick<Env, "secret">): Promise<number> {
  const box = ssoSecretBox(env);
  const rows = await listProvidersNotSealed(db);
  let sealed = 0;
  for (const row of rows) {
    if (!row.oidcConfig) continue;
    let config: OidcConfig;
    try {
      config = JSON.parse(row.oidcConfig) as OidcConfig;
    } catch {
      continue;
    }
    if (!config.clientSecret) continue;
    await updateOidcConfig(db, row.id, sealOidcConfig(box, config));
    sealed++;
  }
  return sealed;
}
