/** /organisations/:orgId/stakeholder-types: the organisation's stakeholder taxonomy. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  createStakeholderTypeSchema,
  entityParamsSchema,
  reorderSchema,
  stakeholderTypeSchema,
  updateStakeholderTypeSchema,
} from "../../../shared/schemas/ecosystem.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { createStakeholderType, listStakeholderTypes, reorderStakeholderTypes, updateStakeholderType } from "./stakeholders.service.js";

export function registerStakeholderRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["stakeholders"];
  const list = z.array(stakeholderTypeSchema);

  r.get(
    "/organisations/:orgId/stakeholder-types",
    { schema: { tags, summary: "Stakeholder types", params: orgParamsSchema, response: { 200: list } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      return listStakeholderTypes(ctx, membership.organisationId);
    },
  );

  r.post(
    "/organisations/:orgId/stakeholder-types",
    {
      schema: { tags, summary: "Add a stakeholder type", params: orgParamsSchema, body: createStakeholderTypeSchema, response: { 201: stakeholderTypeSchema } },
    },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      return reply.status(201).send(await createStakeholderType(ctx, membership, request.body));
    },
  );

  r.patch(
    "/organisations/:orgId/stakeholder-types/:id",
    {
      schema: {
        tags,
        summary: "Rename or archive a stakeholder type",
        params: entityParamsSchema,
        body: updateStakeholderTypeSchema,
        response: { 200: stakeholderTypeSchema },
      },
    },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      return updateStakeholderType(ctx, membership, request.params.id, request.body);
    },
  );

  r.post(
    "/organisations/:orgId/stakeholder-types/reorder",
    { schema: { tags, summary: "Order stakeholder types", params: orgParamsSchema, body: reorderSchema, response: { 200: list } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      return reorderStakeholderTypes(ctx, membership, request.body.ids);
    },
  );
}
