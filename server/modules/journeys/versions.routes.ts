/** Named versions of a journey and the diff between two: wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { journeysContract as contract } from "../../../shared/contracts/journeys.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { restoreVersion } from "./versions-restore.js";
import { diffVersions, listVersions, nameVersion, versionDocument } from "./versions.service.js";

export function registerJourneyVersionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.versions, async ({ caller, params }) => listVersions(ctx, caller.membership.organisationId, params.journeyId));

  on(contract.nameVersion, async ({ caller, params, body }) => nameVersion(ctx, caller.session, caller.membership, params.journeyId, body.name));

  on(contract.version, async ({ caller, params }) => versionDocument(ctx, caller.membership.organisationId, params.journeyId, params.versionId));

  on(contract.restoreVersion, async ({ caller, params }) =>
    restoreVersion(ctx, caller.session, caller.membership, params.journeyId, params.versionId, caller.session.user.locale === "en" ? "en" : "fr"),
  );

  on(contract.diff, async ({ caller, params, query }) => diffVersions(ctx, caller.membership.organisationId, params.journeyId, query.from, query.to));
}
