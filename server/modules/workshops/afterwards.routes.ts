/**
 * After a workshop: its minutes, merging what it attached into the journey, photos of paper
 * walls, and the organisation's improvement actions: wiring only, from the contract.
 */
import type { FastifyInstance } from "fastify";
import { workshopsContract as contract } from "../../../shared/contracts/workshops.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { createImprovementAction, listImprovementActions, updateImprovementAction } from "./actions.service.js";
import { mergeCandidates, mergeIntoJourney } from "./merge.service.js";
import { buildMinutes } from "./minutes.service.js";
import { addPhoto, listPhotos, maxPhotoBytes, photoData, photoTypes, removePhoto } from "./photos.service.js";

export function registerWorkshopAfterwardsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.minutes, async ({ caller }) => buildMinutes(ctx, caller.workshop.workshop, caller.workshop.journeyTitle, caller.participantId));

  on(contract.mergeCandidates, async ({ caller }) => mergeCandidates(ctx, caller.workshop.workshop, caller.participantId));

  on(contract.merge, async ({ caller, body }) =>
    mergeIntoJourney(ctx, caller.session, caller.membership, caller.workshop.workshop, caller.participantId, body.itemIds),
  );

  on(contract.photos, async ({ caller, params }) => listPhotos(ctx, caller.membership.organisationId, params.workshopId));

  // Raw image bodies, in a scope of their own (personas accept smaller images in theirs).
  app.register(async (scope) => {
    for (const type of photoTypes) scope.removeContentTypeParser(type);
    scope.addContentTypeParser(photoTypes, { parseAs: "buffer", bodyLimit: maxPhotoBytes }, (_request, body, done) => done(null, body));
    endpointsOf(scope, ctx)(
      contract.uploadPhoto,
      async ({ caller, params, query, request }) => {
        const contentType =
          String(request.headers["content-type"] ?? "")
            .split(";")[0]
            ?.trim() ?? "";
        return addPhoto(ctx, caller.session, caller.membership, params.workshopId, { contentType, body: request.body, caption: query.caption });
      },
      { bodyLimit: maxPhotoBytes },
    );
  });

  on(contract.photo, async ({ caller, params, reply }) => {
    const photo = await photoData(ctx, caller.membership.organisationId, params.workshopId, params.photoId);
    return reply.type(photo.contentType).header("cache-control", "private, max-age=86400").header("x-content-type-options", "nosniff").send(photo.data);
  });

  on(contract.removePhoto, async ({ caller, params }) => {
    await removePhoto(ctx, caller.session, caller.membership, params.workshopId, params.photoId);
  });

  on(contract.listActions, async ({ caller, query }) => listImprovementActions(ctx, caller, query));

  on(contract.createAction, async ({ caller, body }) => createImprovementAction(ctx, caller.session, caller.membership, body));

  on(contract.updateAction, async ({ caller, params, body }) => updateImprovementAction(ctx, caller.session, caller.membership, params.actionId, body));
}
