/** Journeys: list, create, read (the map), change, delete, export, live events — wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { journeysContract as contract } from "../../../shared/contracts/journeys.js";
import type { AppContext } from "../../context.js";
import { presenterSerializer } from "../../http/serializers.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { cellsCsv } from "./cells-csv.js";
import { createJourney, deleteJourney, exportJourneyDocument, getJourneyMap, listJourneys, setLanes, updateJourney } from "./journeys.service.js";
import { streamJourneyChanges } from "./live-changes.js";
import { listJourneyTemplates } from "./templates/index.js";

export function registerJourneyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.templates, async ({ query }) => listJourneyTemplates(query.locale));

  on(contract.list, async ({ caller, query }) => {
    const isTemplate = query.isTemplate === undefined ? undefined : query.isTemplate === "true";
    return listJourneys(ctx, caller.membership.organisationId, { programmeId: query.programmeId, isTemplate });
  });

  on(contract.create, async ({ caller, body }) => createJourney(ctx, caller.session, caller.membership, body), { bodyLimit: 8 * 1024 * 1024 });

  // The map is read very often and built field by field by its presenter: no zod re-check (see serializers.ts).
  app.register(async (scope) => {
    scope.setSerializerCompiler(presenterSerializer);
    endpointsOf(scope, ctx)(contract.map, async ({ caller, params }) => getJourneyMap(ctx, caller.membership.organisationId, params.journeyId));
  });

  on(contract.update, async ({ caller, params, body }) => updateJourney(ctx, caller.session, caller.membership, params.journeyId, body));

  on(contract.remove, async ({ caller, params }) => deleteJourney(ctx, caller.session, caller.membership, params.journeyId));

  on(contract.setLanes, async ({ caller, params, body }) => setLanes(ctx, caller.session, caller.membership, params.journeyId, body.stakeholderTypeIds));

  on(contract.document, async ({ caller, params, reply }) => {
    reply.header("content-disposition", `attachment; filename="journey-${params.journeyId}.json"`);
    return exportJourneyDocument(ctx, caller.membership.organisationId, params.journeyId);
  });

  on(contract.cellsCsv, async ({ caller, params, query, request, reply }) => {
    const doc = await exportJourneyDocument(ctx, caller.membership.organisationId, params.journeyId);
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="journey-${params.journeyId}-cells.csv"`)
      .send(cellsCsv(doc, request.headers["accept-language"]?.startsWith("en") ? "en" : "fr", query.separator));
  });

  on(contract.events, async ({ caller, params, request, reply }) =>
    streamJourneyChanges(ctx, caller.membership.organisationId, params.journeyId, request, reply),
  );
}
