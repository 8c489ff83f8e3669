/** /organisations/:orgId/surveys/:surveyId/waves: the waves of a recurring survey, side by side. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { surveyWavesSchema } from "../../../shared/schemas/survey-waves.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { listWaves } from "./waves.service.js";

const params = z.object({ orgId: z.string().min(1), surveyId: z.string().uuid() });

export function registerSurveyWaveRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/organisations/:orgId/surveys/:surveyId/waves",
    { schema: { tags: ["surveys"], summary: "Waves of a recurring survey, with their response rates and scores", params, response: { 200: surveyWavesSchema } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
      return listWaves(ctx, membership.organisationId, request.params.surveyId);
    },
  );
}
