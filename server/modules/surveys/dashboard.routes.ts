/** The organisation's survey dashboard and the measures shown on a journey map. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { surveysContract as contract } from "../../../shared/contracts/surveys.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { journeyMeasures, organisationDashboard } from "./dashboard.service.js";

export function registerSurveyDashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.dashboard, async ({ caller, query }) => organisationDashboard(ctx, caller.membership.organisationId, query.kind, query.by));

  on(contract.journeyMeasures, async ({ caller, params }) => journeyMeasures(ctx, caller.membership.organisationId, params.journeyId));
}
