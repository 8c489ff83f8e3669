/**
 * OpenID Connect single sign-on, one identity provider per organisation, stored in better-auth's
 * ssoProvider table (written by Tutti, never through better-auth's own registration endpoint).
 * The issuer's discovery document is read through the outbound client; the client secret is
 * sealed at rest; the e-mail domain must be proven by a DNS TXT record before the provider signs
 * anybody in (better-auth's domainVerified), and a verified domain belongs to one organisation.
 * People signing in through it join the organisation with its default SSO role.
 */
import { randomUUID } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import type { z } from "zod";
import type { SsoProblem } from "../../../shared/contracts/sso.js";
import type { SsoSettings, configureSsoSchema } from "../../../shared/schemas/admin.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import type { Database } from "../../platform/database.js";
import { AppError } from "../../platform/problem.js";
import { auditAction, recordAudit } from "../../platform/audit.js";
import { type DiscoveredProvider, discoverProvider, IssuerUnusable } from "./discovery.js";
import { challengeName, challengeValue, hasChallengeRecord, newChallengeToken, type TxtLookup } from "./domain-verification.js";
import { addMemberUnlessPresent } from "../members/index.js";
import { sealOidcConfig, ssoSecretBox } from "./sso-secrets.js";
import {
  claimDomain,
  deleteOtherClaims,
  deleteProviderById,
  deleteSso,
  findDomainClaim,
  findProvider,
  findProviderByProviderId,
  findSsoDefaultRole,
  isDomainVerifiedElsewhere,
  listIssuers,
  markDomainChecked,
  markProviderDomainVerified,
  replaceProvider,
} from "./sso.queries.js";

/** Webmail domains nobody owns alone: an organisation cannot claim them for its SSO. */
const publicMailDomains = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "outlook.fr",
  "hotmail.com",
  "hotmail.fr",
  "live.com",
  "live.fr",
  "msn.com",
  "yahoo.com",
  "yahoo.fr",
  "icloud.com",
  "me.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.fr",
  "gmx.com",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "sfr.fr",
  "neuf.fr",
  "laposte.net",
  "bbox.fr",
]);


export const providerIdFor = (organisationId: string) => `org-${organisationId}`;

/**
 * Issuer origins better-auth may call although they are not public: only when local targets are
 * explicitly allowed (OUTBOUND_ALLOW_PRIVATE=true, development and tests). Otherwise none, and
 * better-auth's own private-host check stays on for the token, key and user-info calls.
 */
export async function listIssuerOrigins(db: Database, env: Pick<AppContext["env"], "OUTBOUND_ALLOW_PRIVATE">): Promise<string[]> {
  if (env.OUTBOUND_ALLOW_PRIVATE !== "true") return [];
  return (await listIssuers(db)).map((issuer) => new URL(issuer).origin);
}

/** A refusal's stable code (shared/contracts/sso.ts), which the web app translates. */
const problem = (code: SsoProblem): SsoProblem => code;

/** The one answer to an owner whose issuer cannot be used, whatever the reason (no port state, no internal answer). */
const issuerUnusable = () =>
  new AppError("validation_failed", "The identity provider could not be used: its issuer must be a public https address publishing an OpenID Connect discovery document.", [
    { path: "body.issuer", message: problem("issuer_unusable") },
  ]);

const domainTaken = () => new AppError("conflict", "This domain is already verified by another organisation.", [{ path: "body.domain", message: problem("domain_taken") }]);

/** The organisation's SSO settings, with its domain's verification state and the record to publish. */
export async function readSsoSettings(ctx: AppContext, organisationId: string): Promise<SsoSettings> {
  const providerId = providerIdFor(organisationId);
  const row = await findProvider(ctx.db, organisationId, providerId);
  const claim = await findDomainClaim(ctx.db, organisationId);
  const config = row?.oidcConfig ? (JSON.parse(row.oidcConfig) as { clientId?: string }) : null;
  return {
    isConfigured: Boolean(row),
    providerId: row ? providerId : null,
    issuer: row?.issuer ?? null,
    domain: row?.domain ?? null,
    clientId: config?.clientId ?? null,
    callbackUrl: `${ctx.env.publicUrl}/api/auth/sso/callback/${providerId}`,
    domainStatus: row && claim ? (claim.verifiedAt ? "verified" : "pending") : null,
    verificationRecord: row && claim ? { type: "TXT", name: challengeName(claim.domain), value: challengeValue(claim.token) } : null,
    lastCheckedAt: row && claim?.lastCheckedAt ? claim.lastCheckedAt.toISOString() : null,
  };
}

/** A domain another organisation has proven is not available. */
async function assertDomainAvailable(db: Database, organisationId: string, domain: string): Promise<void> {
  if (await isDomainVerifiedElsewhere(db, organisationId, domain)) throw domainTaken();
}

/** Configures (or replaces) the organisation's identity provider; its domain is pending until proven. */
export async function configureSso(
  ctx: AppContext,
  log: FastifyBaseLogger,
  session: CurrentSession,
  membership: Membership,
  input: z.output<typeof configureSsoSchema>,
): Promise<SsoSettings> {
  const organisationId = membership.organisationId;
  const providerId = providerIdFor(organisationId);
  const domain = input.domain.toLowerCase();
  if (publicMailDomains.has(domain)) {
    throw new AppError("validation_failed", "A public e-mail domain cannot be tied to one organisation's sign-in.", [{ path: "body.domain", message: problem("public_domain") }]);
  }
  await assertDomainAvailable(ctx.db, organisationId, domain);
  let discovered: DiscoveredProvider;
  try {
    discovered = await discoverProvider({ isPrivateAllowed: ctx.env.OUTBOUND_ALLOW_PRIVATE === "true" }, input.issuer);
  } catch (error) {
    if (!(error instanceof IssuerUnusable)) throw error;
    log.warn({ organisationId, issuer: input.issuer, detail: error.detail }, "SSO issuer refused");
    throw issuerUnusable();
  }
  const oidcConfig = sealOidcConfig(ssoSecretBox(ctx.env), { ...discovered, clientId: input.clientId, clientSecret: input.clientSecret, pkce: true, scopes: ["openid", "email", "profile"] });
  await ctx.db.transaction(async (tx) => {
    const claim = await findDomainClaim(tx, organisationId);
    // A new domain needs a new proof; the same domain keeps its token and its proof.
    const isSameDomain = claim?.domain === domain;
    if (!isSameDomain) await claimDomain(tx, organisationId, domain, newChallengeToken());
    await replaceProvider(tx, {
      id: randomUUID(),
      providerId,
      issuer: discovered.issuer,
      domain,
      organizationId: organisationId,
      userId: session.user.id,
      oidcConfig,
      domainVerified: Boolean(isSameDomain && claim?.verifiedAt),
    });
    await auditAction(tx, session, organisationId, "sso.configured", { type: "sso", label: input.issuer }, { domain });
  });
  return readSsoSettings(ctx, organisationId);
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === "23505" || e.cause?.code === "23505";
};

/**
 * "Check now": looks the domain's TXT record up; when it holds this organisation's token, the
 * domain is verified for it (and for it only: a unique index) and its provider may sign people in.
 */
export async function verifySsoDomain(ctx: AppContext, lookup: TxtLookup, log: FastifyBaseLogger, session: CurrentSession, membership: Membership): Promise<SsoSettings> {
  const organisationId = membership.organisationId;
  const providerId = providerIdFor(organisationId);
  const claim = await findDomainClaim(ctx.db, organisationId);
  const provider = await findProviderByProviderId(ctx.db, providerId);
  if (!claim || !provider) throw new AppError("not_found", "Single sign-on is not configured.");
  if (claim.verifiedAt) return readSsoSettings(ctx, organisationId);
  let isFound = false;
  try {
    isFound = await hasChallengeRecord(lookup, claim.domain, claim.token);
  } catch (error) {
    log.warn({ organisationId, domain: claim.domain, err: String(error) }, "SSO domain lookup failed");
  }
  if (isFound) await assertDomainAvailable(ctx.db, organisationId, claim.domain);
  try {
    await ctx.db.transaction(async (tx) => {
      await markDomainChecked(tx, organisationId, claim.token, isFound);
      if (!isFound) return;
      await markProviderDomainVerified(tx, providerId, claim.domain);
      await recordAudit(tx, { organisationId, actor: { id: session.user.id, name: session.user.name }, action: "sso.domain_verified", targetType: "sso", targetLabel: claim.domain });
      // Other organisations' unproven claims on this domain end here: better-auth finds a provider by
      // domain, and a squatter's pending row must not stand in front of the owner's.
      const squatters = await deleteOtherClaims(tx, claim.domain, organisationId);
      for (const squatter of squatters) {
        await deleteProviderById(tx, providerIdFor(squatter));
        await recordAudit(tx, { organisationId: squatter, actor: null, action: "sso.removed", targetType: "sso", targetLabel: claim.domain, data: { reason: "domain_verified_elsewhere" } });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw domainTaken();
    throw error;
  }
  return readSsoSettings(ctx, organisationId);
}

export async function removeSso(ctx: AppContext, session: CurrentSession, membership: Membership): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deleteSso(tx, membership.organisationId, providerIdFor(membership.organisationId));
    await auditAction(tx, session, membership.organisationId, "sso.removed", { type: "sso" });
  });
}

/**
 * An identity provider only vouches for its own domains: an address outside them is refused
 * before any account exists, so a provider cannot mint accounts or memberships for addresses it
 * does not own (anyone may create an organisation and configure a provider).
 */
export async function ssoDomainRefusal(db: Database, providerId: string, email: string): Promise<string | null> {
  const provider = await findProviderByProviderId(db, providerId);
  const domains = (provider?.domain ?? "")
    .split(",")
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  const emailDomain = email.split("@").pop()?.toLowerCase() ?? "";
  if (domains.some((domain) => emailDomain === domain || emailDomain.endsWith(`.${domain}`))) return null;
  return `This identity provider may only sign in addresses of ${domains.join(", ") || "its own domain"}.`;
}

/** Called by better-auth after each SSO sign-in: make the person a member if they are not yet. */
export async function provisionSsoMember(db: Database, userId: string, organisationId: string): Promise<void> {
  await addMemberUnlessPresent(db, organisationId, userId, (await findSsoDefaultRole(db, organisationId)) ?? "staff");
}
