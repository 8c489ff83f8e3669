/**
 * Proof that an organisation controls the e-mail domain of its single sign-on: a DNS TXT record
 * `_tutti-challenge.<domain>` whose value is `tutti-verification=<token>`. Looked up through a
 * resolver whose servers come from DNS_SERVERS (the system's when unset), so tests point it at a
 * DNS server of their own.
 */
import { randomBytes } from "node:crypto";
import dns from "node:dns";
import type { Env } from "../../env.js";

/** Looks up the TXT records of a name; each record's strings joined. */
export type TxtLookup = (name: string) => Promise<string[]>;

/** The name the record is put at. */
export function challengeName(domain: string): string {
  return `_tutti-challenge.${domain}`;
}

/** The value the record must hold. */
export function challengeValue(token: string): string {
  return `tutti-verification=${token}`;
}

/** A new random token. */
export function newChallengeToken(): string {
  return randomBytes(18).toString("base64url");
}

/** DNS_SERVERS (`host[:port]`, comma-separated) as `dns.setServers` wants them. */
export function parseDnsServers(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((server) => server.trim())
    .filter(Boolean);
}

/** A TXT lookup through DNS_SERVERS, bounded in time; a missing name or record is an empty list. */
export function createTxtLookup(env: Pick<Env, "DNS_SERVERS">): TxtLookup {
  const resolver = new dns.promises.Resolver({ timeout: 2_000, tries: 2 });
  const servers = parseDnsServers(env.DNS_SERVERS);
  if (servers.length) resolver.setServers(servers);
  return async (name) => {
    try {
      return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(""));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTFOUND" || code === "ENODATA" || code === "ENONAME") return [];
      throw error;
    }
  };
}

/** True when the domain publishes this organisation's challenge. */
export async function hasChallengeRecord(lookup: TxtLookup, domain: string, token: string): Promise<boolean> {
  const records = await lookup(challengeName(domain));
  return records.some((record) => record.trim() === challengeValue(token));
}
