/**
 * OpenID Connect single sign-on, one identity provider per organisation, stored by better-auth's
 * SSO plugin. People signing in through it join the organisation with its default SSO role.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import type { SsoSettings, configureSsoSchema } from "../../../shared/schemas/admin.js";
import { type CurrentSession, type Membership, toHeaders } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { member, organisationSettings, ssoProvider } from "../../db/schema.js";
import { AppError } from "../../http/problem.js";
import { recordAudit } from "../audit/audit.queries.js";

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

/** Issuer origins better-auth must trust to reach the identity providers' discovery documents. */
export const pendingIssuerOrigins = new Set<string>();

export async function listIssuerOrigins(db: Database): Promise<string[]> {
  const rows = await db.select({ issuer: ssoProvider.issuer }).from(ssoProvider);
  return [...rows.map((row) => new URL(row.issuer).origin), ...pendingIssuerOrigins];
}

export async function readSsoSettings(ctx: AppContext, organisationId: string): Promise<SsoSettings> {
  const providerId = providerIdFor(organisationId);
  const [row] = await ctx.db
    .select()
    .from(ssoProvider)
    .where(and(eq(ssoProvider.organizationId, organisationId), eq(ssoProvider.providerId, providerId)));
  const config = row?.oidcConfig ? (JSON.parse(row.oidcConfig) as { clientId?: string }) : null;
  return {
    isConfigured: Boolean(row),
    providerId: row ? providerId : null,
    issuer: row?.issuer ?? null,
    domain: row?.domain ?? null,
    clientId: config?.clientId ?? null,
    callbackUrl: `${ctx.env.publicUrl}/api/auth/sso/callback/${providerId}`,
  };
}

export async function configureSso(
  ctx: AppContext,
  request: FastifyRequest,
  session: CurrentSession,
  membership: Membership,
  input: z.output<typeof configureSsoSchema>,
): Promise<SsoSettings> {
  const providerId = providerIdFor(membership.organisationId);
  if (publicMailDomains.has(input.domain)) {
    throw new AppError("validation_failed", "A public e-mail domain cannot be tied to one organisation's sign-in.", [
      { path: "body.domain", message: "public domain" },
    ]);
  }
  const where = and(eq(ssoProvider.organizationId, membership.organisationId), eq(ssoProvider.providerId, providerId));
  // better-auth refuses an existing providerId: replace the row, and put it back if the new
  // identity provider is refused, so that a typo does not switch SSO off.
  const previous = await ctx.db.select().from(ssoProvider).where(where);
  await ctx.db.delete(ssoProvider).where(where);
  const origin = new URL(input.issuer).origin;
  pendingIssuerOrigins.add(origin);
  try {
    await registerThroughAuthHandler(ctx, request, {
      providerId,
      issuer: input.issuer,
      domain: input.domain,
      organizationId: membership.organisationId,
      oidcConfig: { clientId: input.clientId, clientSecret: input.clientSecret, pkce: true, scopes: ["openid", "email", "profile"] },
    });
  } catch (error) {
    if (previous.length) await ctx.db.insert(ssoProvider).values(previous).onConflictDoNothing();
    throw error;
  } finally {
    pendingIssuerOrigins.delete(origin);
  }
  await recordAudit(ctx.db, {
    organisationId: membership.organisationId,
    actor: { id: session.user.id, name: session.user.name },
    action: "sso.configured",
    targetType: "sso",
    targetLabel: input.issuer,
    data: { domain: input.domain },
  });
  return readSsoSettings(ctx, membership.organisationId);
}

/**
 * POST /sso/register through better-auth's request handler rather than `auth.api`: a direct
 * `auth.api` call checks URLs against the trusted origins computed once at start-up, so the
 * discovery URL of an identity provider configured since then would be refused. The handler
 * computes them for each request (auth.ts `trustedOrigins`, which includes
 * `pendingIssuerOrigins`). The caller is already authenticated and authorised by us, and our
 * own CSRF check has passed, so the Origin is set to ours.
 */
async function registerThroughAuthHandler(ctx: AppContext, request: FastifyRequest, body: Record<string, unknown>): Promise<void> {
  const headers = toHeaders(request);
  headers.set("origin", new URL(ctx.env.publicUrl).origin);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  const response = await ctx.auth.handler(new Request(`${ctx.env.publicUrl}/api/auth/sso/register`, { method: "POST", headers, body: JSON.stringify(body) }));
  if (response.ok) return;
  const problem = (await response.json().catch(() => ({}))) as { message?: string };
  const message = problem.message ?? `Identity provider refused (${response.status})`;
  if (response.status === 401) throw new AppError("unauthenticated", message);
  if (response.status === 403) throw new AppError("forbidden", message);
  // 4xx: the settings are wrong; 502/504: the identity provider cannot be reached.
  if (response.status < 500 || response.status === 502 || response.status === 504) throw new AppError("bad_request", message);
  throw new Error(`better-auth /sso/register answered ${response.status}: ${message}`);
}

export async function removeSso(ctx: AppContext, session: CurrentSession, membership: Membership): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(ssoProvider)
      .where(and(eq(ssoProvider.organizationId, membership.organisationId), eq(ssoProvider.providerId, providerIdFor(membership.organisationId))));
    await recordAudit(tx, {
      organisationId: membership.organisationId,
      actor: { id: session.user.id, name: session.user.name },
      action: "sso.removed",
      targetType: "sso",
    });
  });
}

/**
 * An identity provider only vouches for its own domains: an address outside them is refused
 * before any account exists, so a provider cannot mint accounts or memberships for addresses it
 * does not own (anyone may create an organisation and configure a provider).
 */
export async function ssoDomainRefusal(db: Database, providerId: string, email: string): Promise<string | null> {
  const [provider] = await db.select({ domain: ssoProvider.domain }).from(ssoProvider).where(eq(ssoProvider.providerId, providerId));
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
  const [settings] = await db
    .select({ role: organisationSettings.ssoDefaultRole })
    .from(organisationSettings)
    .where(eq(organisationSettings.organisationId, organisationId));
  await db
    .insert(member)
    .values({ id: randomUUID(), organizationId: organisationId, userId, role: settings?.role ?? "staff", createdAt: new Date() })
    .onConflictDoNothing();
}
