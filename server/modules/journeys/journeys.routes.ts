/** /organisations/:orgId/journeys: list, create, read (the map), change, delete, export, live events. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { journeyDocumentSchema } from "../../../shared/journeys/document.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  createJourneySchema,
  journeyMapSchema,
  journeyParamsSchema,
  journeySummarySchema,
  setLanesSchema,
  updateJourneySchema,
} from "../../../shared/schemas/journeys.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { notFound } from "../../platform/problem.js";
import { presenterSerializer } from "../../http/serializers.js";
import { findJourney } from "./journeys.queries.js";
import { createJourney, deleteJourney, exportJourneyDocument, getJourneyMap, listJourneys, setLanes, updateJourney } from "./journeys.service.js";
import { listJourneyTemplates } from "./templates/index.js";
import { cellsCsv } from "./cells-csv.js";

export function registerJourneyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["journeys"];
  const base = "/organisations/:orgId/journeys";

  r.get(
    "/organisations/:orgId/journey-templates",
    { schema: { tags, summary: "Built-in journey templates", params: orgParamsSchema, querystring: z.object({ locale: z.enum(["fr", "en"]).default("fr") }) } },
    async (request) => {
      await requireAbility(ctx, request, request.params.orgId, "journey.read");
      return listJourneyTemplates(request.query.locale);
    },
  );

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "Journeys",
        params: orgParamsSchema,
        querystring: z.object({ programmeId: z.string().uuid().optional(), isTemplate: z.enum(["true", "false"]).optional() }),
        response: { 200: z.array(journeySummarySchema) },
      },
    },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      const isTemplate = request.query.isTemplate === undefined ? undefined : request.query.isTemplate === "true";
      return listJourneys(ctx, membership.organisationId, { programmeId: request.query.programmeId, isTemplate });
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Create a journey (blank, from a template, or from an exported document)",
        params: orgParamsSchema,
        body: createJourneySchema,
        response: { 201: journeyMapSchema },
      },
      bodyLimit: 8 * 1024 * 1024,
    },
    async (request, reply) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      return reply.status(201).send(await createJourney(ctx, session, membership, request.body));
    },
  );

  r.get(
    `${base}/:journeyId`,
    { schema: { tags, summary: "A journey as a map", params: journeyParamsSchema, response: { 200: journeyMapSchema } }, serializerCompiler: presenterSerializer },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      return getJourneyMap(ctx, membership.organisationId, request.params.journeyId);
    },
  );

  r.patch(
    `${base}/:journeyId`,
    {
      schema: {
        tags,
        summary: "Change a journey's title, description, programme",
        params: journeyParamsSchema,
        body: updateJourneySchema,
        response: { 200: journeyMapSchema },
      },
    },
    async (request) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      return updateJourney(ctx, session, membership, request.params.journeyId, request.body);
    },
  );

  r.delete(
    `${base}/:journeyId`,
    { schema: { tags, summary: "Delete a journey", params: journeyParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      await deleteJourney(ctx, session, membership, request.params.journeyId);
      return reply.status(204).send(null);
    },
  );

  r.put(
    `${base}/:journeyId/lanes`,
    {
      schema: {
        tags,
        summary: "Choose and order the stakeholder lanes",
        params: journeyParamsSchema,
        body: setLanesSchema,
        response: { 200: journeyMapSchema },
      },
    },
    async (request) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      return setLanes(ctx, session, membership, request.params.journeyId, request.body.stakeholderTypeIds);
    },
  );

  r.get(
    `${base}/:journeyId/document`,
    {
      schema: {
        tags,
        summary: "Export the journey as a JSON document (imports back identically)",
        params: journeyParamsSchema,
        response: { 200: journeyDocumentSchema },
      },
    },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      const doc = await exportJourneyDocument(ctx, membership.organisationId, request.params.journeyId);
      return reply.header("content-disposition", `attachment; filename="journey-${request.params.journeyId}.json"`).send(doc);
    },
  );

  r.get(`${base}/:journeyId/cells.csv`, { schema: { tags, summary: "The journey's cells as CSV", params: journeyParamsSchema } }, async (request, reply) => {
    const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
    const doc = await exportJourneyDocument(ctx, membership.organisationId, request.params.journeyId);
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="journey-${request.params.journeyId}-cells.csv"`)
      .send(cellsCsv(doc, request.headers["accept-language"]?.startsWith("en") ? "en" : "fr"));
  });

  r.get(
    `${base}/:journeyId/events`,
    { schema: { tags, summary: "Live changes (Server-Sent Events)", params: journeyParamsSchema } },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      const found = await findJourney(ctx.db, membership.organisationId, request.params.journeyId);
      if (!found) throw notFound("journey");
      reply.hijack();
      reply.raw.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      reply.raw.write(`event: ready\ndata: ${JSON.stringify({ revision: found.journey.revision })}\n\n`);
      const unsubscribe = await ctx.journeyEvents.subscribe(request.params.journeyId, (change) => {
        reply.raw.write(
          `event: change\ndata: ${JSON.stringify({ revision: change.revision, actorId: change.actorId, actorName: change.actorName, kind: change.kind })}\n\n`,
        );
      });
      const heartbeat = setInterval(() => reply.raw.write(": keep-alive\n\n"), 25_000);
      request.raw.on("close", () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
}
