/** /api/v1/organisations: mine, create one, switch to one, read and change its settings. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { organisationsContract as contract } from "../../../shared/contracts/organisations.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { activateOrganisation, createOrganisation, getOrganisation, listMyOrganisations, updateOrganisation } from "./organisations.service.js";

export function registerOrganisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller }) => listMyOrganisations(ctx, caller.session));

  on(contract.create, async ({ caller, body, request }) => createOrganisation(ctx, request, caller.session, body));

  on(contract.activate, async ({ caller, request }) => {
    await activateOrganisation(ctx, request, caller.membership);
  });

  on(contract.get, async ({ caller }) => getOrganisation(ctx, caller.membership));

  on(contract.update, async ({ caller, body }) => updateOrganisation(ctx, caller.session, caller.membership, body));
}
