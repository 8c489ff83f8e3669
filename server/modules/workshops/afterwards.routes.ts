/**
 * After a workshop: its minutes, merging what it attached into the journey, photos of paper
 * walls, and the organisation's improvement actions.
 */
import { and, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  actionParamsSchema,
  improvementActionInputSchema,
  improvementActionSchema,
  listImprovementActionsQuerySchema,
  mergeCandidatesSchema,
  mergeInputSchema,
  mergeResultSchema,
  minutesSchema,
  photoParamsSchema,
  photoSchema,
  updateImprovementActionSchema,
  workshopParamsSchema,
} from "../../../shared/schemas/workshops.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { workshopPhotos } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/problem.js";
import { recordAudit } from "../../platform/audit.js";
import { createImprovementAction, listImprovementActions, updateImprovementAction } from "./actions.service.js";
import { mergeCandidates, mergeIntoJourney } from "./merge.service.js";
import { buildMinutes, photoUrl } from "./minutes.service.js";
import { reencodePhoto } from "./photo-image.js";
import { requireWorkshop } from "./workshops.policy.js";
import { listPhotoRows } from "./workshops.queries.js";

/** Photos of paper walls: what a phone takes; decoded and re-encoded before they are stored (photo-image.ts). */
const photoTypes = ["image/jpeg", "image/png", "image/webp"];
export const maxPhotoBytes = 8 * 1024 * 1024;

export function registerWorkshopAfterwardsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["workshops"];
  const one = "/organisations/:orgId/workshops/:workshopId";

  r.get(
    `${one}/minutes`,
    { schema: { tags, summary: "The minutes, built from what happened", params: workshopParamsSchema, response: { 200: minutesSchema } } },
    async (request) => {
      const { workshop, participantId } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "read");
      return buildMinutes(ctx, workshop.workshop, workshop.journeyTitle, participantId);
    },
  );

  r.get(
    `${one}/merge`,
    {
      schema: {
        tags,
        summary: "What the workshop attached to the journey, and whether it is merged",
        params: workshopParamsSchema,
        response: { 200: mergeCandidatesSchema },
      },
    },
    async (request) => {
      const { workshop, participantId } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
      return mergeCandidates(ctx, workshop.workshop, participantId);
    },
  );

  r.post(
    `${one}/merge`,
    {
      schema: {
        tags,
        summary: "Merge the accepted items into the journey's cells (traced to the workshop; never twice)",
        params: workshopParamsSchema,
        body: mergeInputSchema,
        response: { 200: mergeResultSchema },
      },
    },
    async (request) => {
      const { session, membership, workshop, participantId } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
      await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      return mergeIntoJourney(ctx, session, membership, workshop.workshop, participantId, request.body.itemIds);
    },
  );

  r.get(
    `${one}/photos`,
    { schema: { tags, summary: "Photos of the workshop's walls", params: workshopParamsSchema, response: { 200: z.array(photoSchema) } } },
    async (request) => {
      const { membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "read");
      const rows = await listPhotoRows(ctx.db, membership.organisationId, request.params.workshopId);
      return rows.map((row) => ({
        ...row,
        createdAt: row.createdAt.toISOString(),
        url: photoUrl(membership.organisationId, request.params.workshopId, row.id),
      }));
    },
  );

  // Raw image bodies, in a scope of their own (personas accept smaller images in theirs).
  app.register(async (scope) => {
    for (const type of photoTypes) scope.removeContentTypeParser(type);
    scope.addContentTypeParser(photoTypes, { parseAs: "buffer", bodyLimit: maxPhotoBytes }, (_request, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      `${one}/photos`,
      {
        schema: {
          tags,
          summary: "Upload a photo (JPEG, PNG or WebP, 8 MB at most); the body is the image",
          params: workshopParamsSchema,
          querystring: z.object({ caption: z.string().trim().max(300).default("") }),
          response: { 201: photoSchema },
        },
        bodyLimit: maxPhotoBytes,
      },
      async (request, reply) => {
        const { session, membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
        const contentType =
          String(request.headers["content-type"] ?? "")
            .split(";")[0]
            ?.trim() ?? "";
        const body = request.body as Buffer | undefined;
        // What is stored is the image drawn again from its pixels, never the bytes sent.
        const photo = photoTypes.includes(contentType) && Buffer.isBuffer(body) ? await reencodePhoto(body) : null;
        if (!photo) {
          throw new AppError("validation_failed", "Send a JPEG, PNG or WebP photo.", [{ path: "body", message: "not an image" }]);
        }
        const organisationId = membership.organisationId;
        const [row] = await ctx.db.transaction(async (tx) => {
          const inserted = await tx
            .insert(workshopPhotos)
            .values({
              organisationId,
              workshopId: request.params.workshopId,
              caption: request.query.caption,
              contentType: photo.contentType,
              byteSize: photo.data.length,
              data: photo.data,
              uploadedBy: session.user.id,
            })
            .returning({
              id: workshopPhotos.id,
              caption: workshopPhotos.caption,
              contentType: workshopPhotos.contentType,
              byteSize: workshopPhotos.byteSize,
              createdAt: workshopPhotos.createdAt,
            });
          await recordAudit(tx, {
            organisationId,
            actor: { id: session.user.id, name: session.user.name },
            action: "workshop.photo_added",
            targetType: "workshop",
            targetId: request.params.workshopId,
          });
          return inserted;
        });
        if (!row) throw new Error("insert returned nothing");
        return reply.status(201).send({ ...row, createdAt: row.createdAt.toISOString(), url: photoUrl(organisationId, request.params.workshopId, row.id) });
      },
    );
  });

  r.get(`${one}/photos/:photoId`, { schema: { tags, summary: "One photo", params: photoParamsSchema } }, async (request, reply) => {
    const { membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "read");
    const [row] = await ctx.db
      .select({ contentType: workshopPhotos.contentType, data: workshopPhotos.data })
      .from(workshopPhotos)
      .where(
        and(
          eq(workshopPhotos.organisationId, membership.organisationId),
          eq(workshopPhotos.workshopId, request.params.workshopId),
          eq(workshopPhotos.id, request.params.photoId),
        ),
      );
    if (!row) throw notFound("photo");
    return reply.type(row.contentType).header("cache-control", "private, max-age=86400").header("x-content-type-options", "nosniff").send(row.data);
  });

  r.delete(
    `${one}/photos/:photoId`,
    { schema: { tags, summary: "Delete a photo", params: photoParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { session, membership } = await requireWorkshop(ctx, request, request.params.orgId, request.params.workshopId, "manage");
      await ctx.db.transaction(async (tx) => {
        const deleted = await tx
          .delete(workshopPhotos)
          .where(
            and(
              eq(workshopPhotos.organisationId, membership.organisationId),
              eq(workshopPhotos.workshopId, request.params.workshopId),
              eq(workshopPhotos.id, request.params.photoId),
            ),
          )
          .returning({ id: workshopPhotos.id });
        if (deleted.length === 0) throw notFound("photo");
        await recordAudit(tx, {
          organisationId: membership.organisationId,
          actor: { id: session.user.id, name: session.user.name },
          action: "workshop.photo_deleted",
          targetType: "workshop",
          targetId: request.params.workshopId,
        });
      });
      return reply.status(204).send(null);
    },
  );

  const actions = "/organisations/:orgId/improvement-actions";
  r.get(
    actions,
    {
      schema: {
        tags,
        summary: "Improvement actions (filters: status, owner, overdue, workshop)",
        params: orgParamsSchema,
        querystring: listImprovementActionsQuerySchema,
        response: { 200: z.array(improvementActionSchema) },
      },
    },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "workshop.read");
      return listImprovementActions(ctx, membership.organisationId, request.query);
    },
  );

  r.post(
    actions,
    {
      schema: {
        tags,
        summary: "Add an improvement action by hand",
        params: orgParamsSchema,
        body: improvementActionInputSchema,
        response: { 201: improvementActionSchema },
      },
    },
    async (request, reply) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "workshop.manage");
      return reply.status(201).send(await createImprovementAction(ctx, session, membership, request.body));
    },
  );

  r.patch(
    `${actions}/:actionId`,
    {
      schema: {
        tags,
        summary: "Change an action's status, owner, due date or title",
        params: actionParamsSchema,
        body: updateImprovementActionSchema,
        response: { 200: improvementActionSchema },
      },
    },
    async (request) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "workshop.manage");
      return updateImprovementAction(ctx, session, membership, request.params.actionId, request.body);
    },
  );
}
