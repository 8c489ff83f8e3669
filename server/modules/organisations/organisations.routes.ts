/** /api/v1/organisations: mine, create one, switch to one, read and change its settings. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { roleSchema } from "../../../shared/roles.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { createOrganisationSchema, organisationSchema, updateOrganisationSchema } from "../../../shared/schemas/organisations.js";
import { authorize } from "../../auth/authorize.js";
import { requireMembership, requireSession } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { presentOrganisation } from "./organisations.presenter.js";
import { listOrganisationsOf } from "./organisations.queries.js";
import { activateOrganisation, createOrganisation, getOrganisation, updateOrganisation } from "./organisations.service.js";

export function registerOrganisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["organisations"];

  r.get("/organisations", { schema: { tags, summary: "Organisations I belong to", response: { 200: z.array(organisationSchema) } } }, async (request) => {
    const session = await requireSession(ctx.auth, request);
    const rows = await listOrganisationsOf(ctx.db, session.user.id);
    return rows.map((row) => presentOrganisation(row.org, row.settings, roleSchema.catch("viewer").parse(row.role)));
  });

  r.post(
    "/organisations",
    { schema: { tags, summary: "Create an organisation (I become its owner)", body: createOrganisationSchema, response: { 201: organisationSchema } } },
    async (request, reply) => {
      const session = await requireSession(ctx.auth, request);
      return reply.status(201).send(await createOrganisation(ctx, request, session, request.body));
    },
  );

  r.post(
    "/organisations/:orgId/activate",
    { schema: { tags, summary: "Switch to this organisation", params: orgParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const session = await requireSession(ctx.auth, request);
      const membership = await requireMembership(ctx.db, session.user.id, request.params.orgId);
      await activateOrganisation(ctx, request, membership);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/organisations/:orgId",
    { schema: { tags, summary: "One organisation", params: orgParamsSchema, response: { 200: organisationSchema } } },
    async (request) => {
      const session = await requireSession(ctx.auth, request);
      const membership = await requireMembership(ctx.db, session.user.id, request.params.orgId);
      authorize(membership, "organisation.read");
      return getOrganisation(ctx, membership);
    },
  );

  r.patch(
    "/organisations/:orgId",
    {
      schema: {
        tags,
        summary: "Change an organisation's settings",
        params: orgParamsSchema,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      const session = await requireSession(ctx.auth, request);
      const membership = await requireMembership(ctx.db, session.user.id, request.params.orgId);
      authorize(membership, "organisation.update");
      return updateOrganisation(ctx, session, membership, request.body);
    },
  );
}
