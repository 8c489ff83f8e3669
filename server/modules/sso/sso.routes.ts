/** /organisations/:orgId/sso: the organisation's OpenID Connect identity provider and the proof of its domain. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { configureSsoSchema, ssoSettingsSchema } from "../../../shared/schemas/admin.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { authorize } from "../../auth/authorize.js";
import { requireMembership, requireSession } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { createTxtLookup } from "./domain-verification.js";
import { configureSso, readSsoSettings, removeSso, verifySsoDomain } from "./sso.service.js";

export function registerSsoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["single sign-on"];
  const lookupTxt = createTxtLookup(ctx.env);
  const load = async (request: Parameters<typeof requireSession>[1], orgId: string) => {
    const session = await requireSession(ctx.auth, request);
    const membership = await requireMembership(ctx.db, session.user.id, orgId);
    authorize(membership, "sso.manage");
    return { session, membership };
  };

  r.get(
    "/organisations/:orgId/sso",
    { schema: { tags, summary: "SSO settings", params: orgParamsSchema, response: { 200: ssoSettingsSchema } } },
    async (request) => {
      const { membership } = await load(request, request.params.orgId);
      return readSsoSettings(ctx, membership.organisationId);
    },
  );

  r.put(
    "/organisations/:orgId/sso",
    { schema: { tags, summary: "Configure OpenID Connect SSO", params: orgParamsSchema, body: configureSsoSchema, response: { 200: ssoSettingsSchema } } },
    async (request) => {
      const { session, membership } = await load(request, request.params.orgId);
      return configureSso(ctx, request.log, session, membership, request.body);
    },
  );

  r.post(
    "/organisations/:orgId/sso/verify-domain",
    {
      schema: {
        tags,
        summary: "Check the domain's DNS TXT record now (SSO signs nobody in before it is found)",
        params: orgParamsSchema,
        response: { 200: ssoSettingsSchema },
      },
    },
    async (request) => {
      const { session, membership } = await load(request, request.params.orgId);
      return verifySsoDomain(ctx, lookupTxt, request.log, session, membership);
    },
  );

  r.delete(
    "/organisations/:orgId/sso",
    { schema: { tags, summary: "Remove SSO", params: orgParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { session, membership } = await load(request, request.params.orgId);
      await removeSso(ctx, session, membership);
      return reply.status(204).send(null);
    },
  );
}
