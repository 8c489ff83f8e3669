/** The organisation's identity provider (better-auth's ssoProvider rows, written by Tutti) and the claims on e-mail domains. */
import { and, eq, isNotNull, like, ne, not } from "drizzle-orm";
import { organisationSettings, ssoDomains, ssoProvider } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";
import { firstOrNull } from "../../platform/rows.js";

export async function listIssuers(db: Database): Promise<string[]> {
  const rows = await db.select({ issuer: ssoProvider.issuer }).from(ssoProvider);
  return rows.map((row) => row.issuer);
}

export async function findProvider(db: Database, organisationId: string, providerId: string) {
  return firstOrNull(db.select().from(ssoProvider).where(and(eq(ssoProvider.organizationId, organisationId), eq(ssoProvider.providerId, providerId))));
}

export async function findProviderByProviderId(db: Database, providerId: string) {
  const [row] = await db.select({ id: ssoProvider.id, domain: ssoProvider.domain }).from(ssoProvider).where(eq(ssoProvider.providerId, providerId));
  return row ?? null;
}

/** The organisation's claim on a domain (one per organisation), proven or not. */
export async function findDomainClaim(db: Database | Tx, organisationId: string) {
  const [claim] = await db.select().from(ssoDomains).where(eq(ssoDomains.organisationId, organisationId));
  return claim ?? null;
}

/** Whether another organisation has proven this domain. */
export async function isDomainVerifiedElsewhere(db: Database, organisationId: string, domain: string): Promise<boolean> {
  const [taken] = await db
    .select({ organisationId: ssoDomains.organisationId })
    .from(ssoDomains)
    .where(and(eq(ssoDomains.domain, domain), isNotNull(ssoDomains.verifiedAt), ne(ssoDomains.organisationId, organisationId)));
  return Boolean(taken);
}

/** A new claim of the organisation on a domain, replacing its previous one (unproven until checked). */
export async function claimDomain(tx: Tx, organisationId: string, domain: string, token: string): Promise<void> {
  await tx
    .insert(ssoDomains)
    .values({ organisationId, domain, token })
    .onConflictDoUpdate({ target: ssoDomains.organisationId, set: { domain, token, verifiedAt: null, lastCheckedAt: null, createdAt: new Date() } });
}

/** Replaces the organisation's provider row. */
export async function replaceProvider(tx: Tx, row: typeof ssoProvider.$inferInsert & { organizationId: string; providerId: string }): Promise<void> {
  await tx.delete(ssoProvider).where(and(eq(ssoProvider.organizationId, row.organizationId), eq(ssoProvider.providerId, row.providerId)));
  await tx.insert(ssoProvider).values(row);
}

/** Records a check of the claim (the token must still be this one); a found record proves the domain. */
export async function markDomainChecked(tx: Tx, organisationId: string, token: string, isFound: boolean): Promise<void> {
  const now = new Date();
  await tx
    .update(ssoDomains)
    .set({ lastCheckedAt: now, ...(isFound ? { verifiedAt: now } : {}) })
    .where(and(eq(ssoDomains.organisationId, organisationId), eq(ssoDomains.token, token)));
}

/** The provider may now sign people in (better-auth's domainVerified). */
export async function markProviderDomainVerified(tx: Tx, providerId: string, domain: string): Promise<void> {
  await tx
    .update(ssoProvider)
    .set({ domainVerified: true })
    .where(and(eq(ssoProvider.providerId, providerId), eq(ssoProvider.domain, domain)));
}

/** Deletes other organisations' claims on the domain; answers whose they were. */
export async function deleteOtherClaims(tx: Tx, domain: string, organisationId: string): Promise<string[]> {
  const rows = await tx
    .delete(ssoDomains)
    .where(and(eq(ssoDomains.domain, domain), ne(ssoDomains.organisationId, organisationId)))
    .returning({ organisationId: ssoDomains.organisationId });
  return rows.map((row) => row.organisationId);
}

export async function deleteProviderById(tx: Tx, providerId: string): Promise<void> {
  await tx.delete(ssoProvider).where(eq(ssoProvider.providerId, providerId));
}

/** Removes the organisation's provider and its domain claim. */
export async function deleteSso(tx: Tx, organisationId: string, providerId: string): Promise<void> {
  await tx.delete(ssoProvider).where(and(eq(ssoProvider.organizationId, organisationId), eq(ssoProvider.providerId, providerId)));
  await tx.delete(ssoDomains).where(eq(ssoDomains.organisationId, organisationId));
}

/** The role people signing in through the organisation's SSO get (organisation settings). */
export async function findSsoDefaultRole(db: Database, organisationId: string): Promise<string | null> {
  const [settings] = await db
    .select({ role: organisationSettings.ssoDefaultRole })
    .from(organisationSettings)
    .where(eq(organisationSettings.organisationId, organisationId));
  return settings?.role ?? null;
}

/** Provider rows whose client secret may still be stored in clear (written before encryption at rest). */
export async function listProvidersNotSealed(db: Database) {
  return db
    .select({ id: ssoProvider.id, oidcConfig: ssoProvider.oidcConfig })
    .from(ssoProvider)
    .where(not(like(ssoProvider.oidcConfig, '%"clientSecret":"tsb1:%')));
}

export async function updateOidcConfig(db: Database, id: string, oidcConfig: string): Promise<void> {
  await db.update(ssoProvider).set({ oidcConfig }).where(eq(ssoProvider.id, id));
}
