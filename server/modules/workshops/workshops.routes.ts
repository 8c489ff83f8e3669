/**
 * /organisations/:orgId/workshops: preparing workshops (list with search, create, read, change,
 * archive, delete), their participants, the facts pack and the calendar invitation.
 * The live room (/api/v1/workshops/:workshopId/live) is server/realtime/workshop-*.ts.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  addParticipantSchema,
  factsSchema,
  listWorkshopsQuerySchema,
  participantParamsSchema,
  updateParticipantSchema,
  updateWorkshopSchema,
  workshopInputSchema,
  workshopParamsSchema,
  workshopSchema,
  workshopSummarySchema,
} from "../../../shared/schemas/workshops.js";
import { authorize } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { notFound } from "../../platform/problem.js";
import { workshopIcs } from "./brief.service.js";
import { buildFacts } from "./facts.service.js";
import { addParticipant, removeParticipant, updateParticipant } from "./participants.service.js";
import { requireWorkshop, requireWorkshopReader } from "./workshops.policy.js";
import { listParticipantRows } from "./workshops.queries.js";
import { createWorkshop, deleteWorkshop, getWorkshop, listWorkshops, setArchived, updateWorkshop } from "./workshops.service.js";

export function registerWorkshopRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["workshops"];
  const base = "/organisations/:orgId/workshops";
  const one = `${base}/:workshopId`;

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "Workshops: upcoming, past or archived; `q` searches title and objective (accents ignored)",
        params: orgParamsSchema,
        querystring: listWorkshopsQuerySchema,
        response: { 200: z.array(workshopSummarySchema) },
      },
    },
    async (request) => {
      const { session, membership, onlyOwnWorkshops } = await requireWorkshopReader(ctx, request, request.params.orgId);
      return listWorkshops(ctx, membership.organisationId, request.query, onlyOwnWorkshops ? session.user.id : undefined);
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Prepare a workshop (its creator is its facilitator)",
        params: orgParamsSchema,
        body: workshopInputSchema,
        response: { 201: workshopSchema },
      },
    },
    async (request, reply) => {
      const { session, membership } = await requireWorkshopReader(ctx, request, request.params.orgId);
      authorize(membership, "workshop.manage");
      return reply.status(201).send(await createWorkshop(ctx, session, membership, request.body));
    },
  );

  r.get(
    one,
    { schema: { tags, summary: "A workshop with its participants", params: workshopParamsSchema, response: { 200: workshopSchema } } },
    async (request) => {
      const access = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "read");
      return getWorkshop(ctx, access.membership.organisationId, request.params.workshopId, access.canManage);
    },
  );

  r.patch(
    one,
    {
      schema: {
        tags,
        summary: "Change a workshop's preparation (only the fields sent)",
        params: workshopParamsSchema,
        body: updateWorkshopSchema,
        response: { 200: workshopSchema },
      },
    },
    async (request) => {
      const { session, membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
      return updateWorkshop(ctx, session, membership, request.params.workshopId, request.body);
    },
  );

  r.delete(
    one,
    { schema: { tags, summary: "Delete a workshop that has not started", params: workshopParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { session, membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
      await deleteWorkshop(ctx, session, membership, request.params.workshopId);
      return reply.status(204).send(null);
    },
  );

  for (const [path, isArchived] of [
    ["archive", true],
    ["unarchive", false],
  ] as const) {
    r.post(
      `${one}/${path}`,
      {
        schema: {
          tags,
          summary: isArchived ? "Archive a workshop" : "Bring an archived workshop back",
          params: workshopParamsSchema,
          response: { 200: workshopSchema },
        },
      },
      async (request) => {
        const { session, membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
        return setArchived(ctx, session, membership, request.params.workshopId, isArchived);
      },
    );
  }

  r.post(
    `${one}/participants`,
    {
      schema: {
        tags,
        summary: "Add a member, or invite an outsider by e-mail (guest account and magic link to the workshop)",
        params: workshopParamsSchema,
        body: addParticipantSchema,
        response: { 201: workshopSchema },
      },
    },
    async (request, reply) => {
      const { session, membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
      return reply.status(201).send(await addParticipant(ctx, session, membership, request.params.workshopId, request.body));
    },
  );

  r.patch(
    `${one}/participants/:participantId`,
    {
      schema: {
        tags,
        summary: "Change a participant's role or stakeholder type",
        params: participantParamsSchema,
        body: updateParticipantSchema,
        response: { 200: workshopSchema },
      },
    },
    async (request) => {
      const { session, membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
      return updateParticipant(ctx, session, membership, request.params.workshopId, request.params.participantId, request.body);
    },
  );

  r.delete(
    `${one}/participants/:participantId`,
    { schema: { tags, summary: "Remove a participant (never the last facilitator)", params: participantParamsSchema, response: { 200: workshopSchema } } },
    async (request) => {
      const { session, membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
      return removeParticipant(ctx, session, membership, request.params.workshopId, request.params.participantId);
    },
  );

  r.get(
    `${one}/facts`,
    {
      schema: {
        tags,
        summary: "The facts pack: what the scoped journey says and what surveys measured",
        params: workshopParamsSchema,
        response: { 200: factsSchema },
      },
    },
    async (request) => {
      const { workshop } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "read");
      return buildFacts(ctx, workshop.workshop);
    },
  );

  r.get(`${one}/invitation.ics`, { schema: { tags, summary: "The calendar invitation (iCalendar)", params: workshopParamsSchema } }, async (request, reply) => {
    const { workshop } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "read");
    const participants = await listParticipantRows(ctx.db, workshop.workshop.organisationId, workshop.workshop.id);
    const ics = workshopIcs(
      ctx,
      workshop.workshop,
      participants.map((p) => ({ name: p.name, email: p.email })),
    );
    if (!ics) throw notFound("date");
    return reply.type("text/calendar; charset=utf-8").header("content-disposition", `attachment; filename="workshop-${workshop.workshop.id}.ics"`).send(ics);
  });
}
