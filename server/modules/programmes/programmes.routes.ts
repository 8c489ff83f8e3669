/** /organisations/:orgId/programmes: the trainings (formations) an organisation offers. */
import { and, asc, count, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  entityParamsSchema,
  modalitySchema,
  type Programme,
  programmeInputSchema,
  programmeSchema,
  updateProgrammeSchema,
} from "../../../shared/schemas/ecosystem.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { journeys, programmes } from "../../db/schema.js";
import { notFound } from "../../platform/problem.js";

function present(row: typeof programmes.$inferSelect, journeyCount: number): Programme {
  return {
    id: row.id,
    title: row.title,
    rncpCode: row.rncpCode,
    level: row.level,
    modality: modalitySchema.catch("initial").parse(row.modality),
    durationHours: row.durationHours,
    location: row.location,
    description: row.description,
    places: row.places,
    journeyCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function registerProgrammeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["programmes"];

  async function loadOne(organisationId: string, id: string) {
    const [row] = await ctx.db
      .select({ programme: programmes, journeyCount: count(journeys.id) })
      .from(programmes)
      .leftJoin(journeys, eq(journeys.programmeId, programmes.id))
      .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, id)))
      .groupBy(programmes.id);
    if (!row) throw notFound("programme");
    return present(row.programme, row.journeyCount);
  }

  r.get(
    "/organisations/:orgId/programmes",
    { schema: { tags, summary: "Programmes", params: orgParamsSchema, response: { 200: z.array(programmeSchema) } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      const rows = await ctx.db
        .select({ programme: programmes, journeyCount: count(journeys.id) })
        .from(programmes)
        .leftJoin(journeys, eq(journeys.programmeId, programmes.id))
        .where(eq(programmes.organisationId, membership.organisationId))
        .groupBy(programmes.id)
        .orderBy(asc(programmes.title));
      return rows.map((row) => present(row.programme, row.journeyCount));
    },
  );

  r.get(
    "/organisations/:orgId/programmes/:id",
    { schema: { tags, summary: "One programme", params: entityParamsSchema, response: { 200: programmeSchema } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      return loadOne(membership.organisationId, request.params.id);
    },
  );

  r.post(
    "/organisations/:orgId/programmes",
    { schema: { tags, summary: "Add a programme", params: orgParamsSchema, body: programmeInputSchema, response: { 201: programmeSchema } } },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      const [row] = await ctx.db
        .insert(programmes)
        .values({ organisationId: membership.organisationId, ...request.body })
        .returning();
      if (!row) throw new Error("insert failed");
      return reply.status(201).send(present(row, 0));
    },
  );

  r.patch(
    "/organisations/:orgId/programmes/:id",
    { schema: { tags, summary: "Change a programme", params: entityParamsSchema, body: updateProgrammeSchema, response: { 200: programmeSchema } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      const updated = await ctx.db
        .update(programmes)
        .set({ ...request.body, updatedAt: new Date() })
        .where(and(eq(programmes.organisationId, membership.organisationId), eq(programmes.id, request.params.id)))
        .returning({ id: programmes.id });
      if (updated.length === 0) throw notFound("programme");
      return loadOne(membership.organisationId, request.params.id);
    },
  );

  r.delete(
    "/organisations/:orgId/programmes/:id",
    { schema: { tags, summary: "Delete a programme", params: entityParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      const deleted = await ctx.db
        .delete(programmes)
        .where(and(eq(programmes.organisationId, membership.organisationId), eq(programmes.id, request.params.id)))
        .returning({ id: programmes.id });
      if (deleted.length === 0) throw notFound("programme");
      return reply.status(204).send(null);
    },
  );
}
