/** Survey results: scores with their breakdowns, free-text answers, CSV/XLSX exports, follow-up tasks. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { surveysContract as contract } from "../../../shared/contracts/surveys.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { exportResponses } from "./exports.service.js";
import { followUpTasks, setFollowUpStatus } from "./follow-up-tasks.service.js";
import { surveyResults, surveyVerbatims } from "./results.service.js";

export function registerSurveyResultRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.results, async ({ caller, params, query }) => surveyResults(ctx, caller.membership.organisationId, params.surveyId, query.by));

  on(contract.verbatims, async ({ caller, params, query }) => surveyVerbatims(ctx, caller.membership.organisationId, params.surveyId, query));

  on(contract.exportResponses, async ({ caller, params, query, reply }) => {
    const file = await exportResponses(ctx, caller.membership.organisationId, params.surveyId, params.format, query.separator);
    return reply.type(file.contentType).header("content-disposition", `attachment; filename="${file.filename}"`).send(file.body);
  });

  on(contract.followUpTasks, async ({ caller, query }) => followUpTasks(ctx, caller.membership.organisationId, query.status));

  on(contract.setFollowUpStatus, async ({ caller, params, body }) => setFollowUpStatus(ctx, caller.membership.organisationId, params.taskId, body.status));
}
