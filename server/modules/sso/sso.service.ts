/**
 * OpenID Connect single sign-on, one identity provider per organisation, stored by better-auth's
 * SSO plugin. People signing in through it join the organisation with its default SSO role.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import type { SsoSettings, configureSsoSchema } from "../../../shared/schemas/admin.js";
import { callAuth } from "../../auth/call-auth.js";
import { type CurrentSession, type Membership, toHeaders } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { member, organisationSettings, ssoProvider } from "../../db/schema.js";
import { recordAudit } from "../audit/audit.queries.js";

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
  await ctx.db.delete(ssoProvider).where(and(eq(ssoProvider.organizationId, membership.organisationId), eq(ssoProvider.providerId, providerId)));
  const origin = new URL(input.issuer).origin;
  pendingIssuerOrigins.add(origin);
  try {
    await callAuth(() =>
      ctx.auth.api.registerSSOProvider({
        body: {
          providerId,
          issuer: input.issuer,
          domain: input.domain,
          organizationId: membership.organisationId,
          oidcConfig: { clientId: input.clientId, clientSecret: input.clientSecret, pkce: true, scopes: ["openid", "email", "profile"] },
        },
        headers: toHeaders(request),
      }),
    );
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

export async function removeSso(ctx: AppContext, session: CurrentSession, membership: Membership): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.delete(ssoProvider).where(and(eq(ssoProvider.organizationId, membership.organisationId), eq(ssoProvider.providerId, providerIdFor(membership.organisationId))));
    await recordAudit(tx, { organisationId: membership.organisationId, actor: { id: session.user.id, name: session.user.name }, action: "sso.removed", targetType: "sso" });
  });
}

/** Called by better-auth after each SSO sign-in: make the person a member if they are not yet. */
export async function provisionSsoMember(db: Database, userId: string, organisationId: string): Promise<void> {
  const [settings] = await db.select({ role: organisationSettings.ssoDefaultRole }).from(organisationSettings).where(eq(organisationSettings.organisationId, organisationId));
  await db
    .insert(member)
    .values({ id: randomUUID(), organizationId: organisationId, userId, role: settings?.role ?? "staff", createdAt: new Date() })
    .onConflictDoNothing();
}
