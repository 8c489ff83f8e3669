/** /organisations/:orgId/review-settings: the review page promoters are invited to. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { reviewSettingsSchema } from "../../../shared/schemas/promoters.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { getReviewSettings, putReviewSettings } from "./promoters.service.js";

export function registerPromoterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["surveys"];
  const path = "/organisations/:orgId/review-settings";

  r.get(path, { schema: { tags, summary: "The review page promoters are invited to", params: orgParamsSchema, response: { 200: reviewSettingsSchema } } }, async (request) => {
    const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
    return getReviewSettings(ctx, membership.organisationId);
  });

  r.put(
    path,
    { schema: { tags, summary: "Set (or remove) the review page promoters are invited to", params: orgParamsSchema, body: reviewSettingsSchema, response: { 200: reviewSettingsSchema } } },
    async (request) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "organisation.update");
      return putReviewSettings(ctx, session, membership, request.body);
    },
  );
}
