/** The waves of a recurring survey, side by side. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { surveysContract as contract } from "../../../shared/contracts/surveys.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { listWaves } from "./waves.service.js";

export function registerSurveyWaveRoutes(app: FastifyInstance, ctx: AppContext): void {
  endpointsOf(app, ctx)(contract.waves, async ({ caller, params }) => listWaves(ctx, caller.membership.organisationId, params.surveyId));
}
