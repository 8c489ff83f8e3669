/** Stages, steps, cells and impact links of a journey; the domino analysis. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  createStageSchema,
  journeyMapSchema,
  journeyParamsSchema,
  linkInputSchema,
  mapCellSchema,
  moveSchema,
  patchCellSchema,
  stepInputSchema,
  updateLinkSchema,
  updateStageSchema,
  updateStepSchema,
} from "../../../shared/schemas/journeys.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { presenterSerializer } from "../../http/serializers.js";
import { addLink, patchCell, removeLink, runDomino, updateLink } from "./cells.service.js";
import { addStage, addStep, moveStage, moveStep, removeStage, removeStep, renameStage, updateStep } from "./structure.service.js";

const base = "/organisations/:orgId/journeys/:journeyId";
const stageParams = journeyParamsSchema.extend({ stageId: z.string().uuid() });
const stepParams = journeyParamsSchema.extend({ stepId: z.string().uuid() });
const linkParams = journeyParamsSchema.extend({ linkId: z.string().uuid() });

export function registerJourneyStructureRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Every edit answers the whole map, built by the presenter: no zod re-check (see serializers.ts).
  app.register(async (scope) => {
    scope.setSerializerCompiler(presenterSerializer);
    registerRoutes(scope, ctx);
  });
}

function registerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["journeys"];
  const map = { 200: journeyMapSchema };
  const editor = async (request: Parameters<typeof requireAbility>[1], params: { orgId: string; journeyId: string }) => {
    const { session, membership } = await requireAbility(ctx, request, params.orgId, "journey.edit");
    return { ctx, session, membership, journeyId: params.journeyId };
  };

  r.post(`${base}/stages`, { schema: { tags, summary: "Add a stage", params: journeyParamsSchema, body: createStageSchema, response: map } }, async (request) =>
    addStage(await editor(request, request.params), request.body),
  );
  r.patch(
    `${base}/stages/:stageId`,
    { schema: { tags, summary: "Rename a stage", params: stageParams, body: updateStageSchema, response: map } },
    async (request) => renameStage(await editor(request, request.params), request.params.stageId, request.body.title),
  );
  r.post(`${base}/stages/:stageId/move`, { schema: { tags, summary: "Move a stage", params: stageParams, body: moveSchema, response: map } }, async (request) =>
    moveStage(await editor(request, request.params), request.params.stageId, request.body),
  );
  r.delete(`${base}/stages/:stageId`, { schema: { tags, summary: "Remove a stage and its steps", params: stageParams, response: map } }, async (request) =>
    removeStage(await editor(request, request.params), request.params.stageId),
  );

  r.post(
    `${base}/steps`,
    { schema: { tags, summary: "Add a step (touchpoint)", params: journeyParamsSchema, body: stepInputSchema, response: map } },
    async (request) => addStep(await editor(request, request.params), request.body),
  );
  r.patch(`${base}/steps/:stepId`, { schema: { tags, summary: "Change a step", params: stepParams, body: updateStepSchema, response: map } }, async (request) =>
    updateStep(await editor(request, request.params), request.params.stepId, request.body),
  );
  r.post(
    `${base}/steps/:stepId/move`,
    { schema: { tags, summary: "Move a step (within or across stages)", params: stepParams, body: moveSchema, response: map } },
    async (request) => moveStep(await editor(request, request.params), request.params.stepId, request.body),
  );
  r.delete(`${base}/steps/:stepId`, { schema: { tags, summary: "Remove a step", params: stepParams, response: map } }, async (request) =>
    removeStep(await editor(request, request.params), request.params.stepId),
  );

  r.patch(
    `${base}/cells`,
    {
      schema: {
        tags,
        summary: "Edit a cell (409 conflict when someone else changed the same field)",
        params: journeyParamsSchema,
        body: patchCellSchema,
        response: { 200: z.object({ cell: mapCellSchema, revision: z.number().int() }) },
      },
    },
    async (request) => patchCell(await editor(request, request.params), request.body),
  );

  r.post(
    `${base}/links`,
    { schema: { tags, summary: "Add an impact link", params: journeyParamsSchema, body: linkInputSchema, response: map } },
    async (request) => addLink(await editor(request, request.params), request.body),
  );
  r.patch(
    `${base}/links/:linkId`,
    { schema: { tags, summary: "Change an impact link", params: linkParams, body: updateLinkSchema, response: map } },
    async (request) => updateLink(await editor(request, request.params), request.params.linkId, request.body),
  );
  r.delete(`${base}/links/:linkId`, { schema: { tags, summary: "Remove an impact link", params: linkParams, response: map } }, async (request) =>
    removeLink(await editor(request, request.params), request.params.linkId),
  );

  r.get(
    `${base}/domino`,
    {
      schema: {
        tags,
        summary: "Domino analysis: what goes badly if this cell goes badly",
        params: journeyParamsSchema,
        querystring: z.object({ stepId: z.string().uuid(), stakeholderTypeId: z.string().uuid() }),
      },
    },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      return runDomino(ctx, membership.organisationId, request.params.journeyId, request.query);
    },
  );
}
